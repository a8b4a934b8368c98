func someFunction() {
    // do something
}

func main() {
    go someFunction() // this runs concurrently
    // main function continues executing
}
