fn main() {
    // Generates the parser from src/go.lalrpop into OUT_DIR.
    lalrpop::process_src().expect("the grammar in src/go.lalrpop must be valid and conflict-free");
}
