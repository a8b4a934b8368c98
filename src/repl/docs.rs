//! One-line documentation for the REPL's `:doc pkg.Name`: the signature and a one-sentence
//! summary (in the spirit of pkg.go.dev's first sentence) of each builtin and of every exported
//! function, type, constant and variable of gorun's standard packages (`stdlib/*.go`), plus the
//! methods and notable fields of their exported types as `pkg.Type.Member`.
//!
//! Invariants (checked by the tests below): `DOCS` is sorted by name with no duplicates, so
//! `lookup` is a binary search; every `pkg.Name` and `pkg.Type.Member` names a declaration in the
//! package's embedded source, and every exported declaration there has an entry. Keys use the
//! package's name as written in code (`utf8.RuneLen`, `debug.SetGCPercent`, `atomic.AddInt64`);
//! builtins use their bare names. Generic functions of `slices` and `maps` show Go's signatures
//! with the type parameters left implicit (`E`, `K`, `V`, `S`, `M`).

/// One-line docs: (qualified name, signature, summary).
#[rustfmt::skip]
pub static DOCS: &[(&str, &str, &str)] = &[
    ("append", "func append(s []T, elems ...T) []T", "appends elements to the end of a slice, growing it if needed, and returns the new slice."),
    ("atomic.AddInt32", "func AddInt32(addr *int32, delta int32) (new int32)", "atomically adds delta to *addr and returns the new value."),
    ("atomic.AddInt64", "func AddInt64(addr *int64, delta int64) (new int64)", "atomically adds delta to *addr and returns the new value."),
    ("atomic.AddUint32", "func AddUint32(addr *uint32, delta uint32) (new uint32)", "atomically adds delta to *addr and returns the new value."),
    ("atomic.AddUint64", "func AddUint64(addr *uint64, delta uint64) (new uint64)", "atomically adds delta to *addr and returns the new value."),
    ("atomic.AddUintptr", "func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)", "atomically adds delta to *addr and returns the new value."),
    ("atomic.AndInt32", "func AndInt32(addr *int32, mask int32) (old int32)", "atomically ANDs *addr with mask and returns the old value."),
    ("atomic.AndInt64", "func AndInt64(addr *int64, mask int64) (old int64)", "atomically ANDs *addr with mask and returns the old value."),
    ("atomic.AndUint32", "func AndUint32(addr *uint32, mask uint32) (old uint32)", "atomically ANDs *addr with mask and returns the old value."),
    ("atomic.AndUint64", "func AndUint64(addr *uint64, mask uint64) (old uint64)", "atomically ANDs *addr with mask and returns the old value."),
    ("atomic.Bool", "type Bool struct{ ... }", "is an atomic boolean; the zero value is false."),
    ("atomic.Bool.CompareAndSwap", "func (x *Bool) CompareAndSwap(old, new bool) (swapped bool)", "does the compare-and-swap operation for x."),
    ("atomic.Bool.Load", "func (x *Bool) Load() bool", "atomically loads and returns the value stored in x."),
    ("atomic.Bool.Store", "func (x *Bool) Store(val bool)", "atomically stores val into x."),
    ("atomic.Bool.Swap", "func (x *Bool) Swap(new bool) (old bool)", "atomically stores new into x and returns the previous value."),
    ("atomic.CompareAndSwapInt32", "func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)", "atomically stores new in *addr if it holds old; reports whether it did."),
    ("atomic.CompareAndSwapInt64", "func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)", "atomically stores new in *addr if it holds old; reports whether it did."),
    ("atomic.CompareAndSwapUint32", "func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)", "atomically stores new in *addr if it holds old; reports whether it did."),
    ("atomic.CompareAndSwapUint64", "func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)", "atomically stores new in *addr if it holds old; reports whether it did."),
    ("atomic.CompareAndSwapUintptr", "func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)", "atomically stores new in *addr if it holds old; reports whether it did."),
    ("atomic.Int32", "type Int32 struct{ ... }", "is an atomic int32; the zero value is zero."),
    ("atomic.Int32.Add", "func (x *Int32) Add(delta int32) (new int32)", "atomically adds delta to x and returns the new value."),
    ("atomic.Int32.And", "func (x *Int32) And(mask int32) (old int32)", "atomically ANDs x with mask and returns the old value."),
    ("atomic.Int32.CompareAndSwap", "func (x *Int32) CompareAndSwap(old, new int32) (swapped bool)", "does the compare-and-swap operation for x."),
    ("atomic.Int32.Load", "func (x *Int32) Load() int32", "atomically loads and returns the value stored in x."),
    ("atomic.Int32.Or", "func (x *Int32) Or(mask int32) (old int32)", "atomically ORs x with mask and returns the old value."),
    ("atomic.Int32.Store", "func (x *Int32) Store(val int32)", "atomically stores val into x."),
    ("atomic.Int32.Swap", "func (x *Int32) Swap(new int32) (old int32)", "atomically stores new into x and returns the previous value."),
    ("atomic.Int64", "type Int64 struct{ ... }", "is an atomic int64; the zero value is zero."),
    ("atomic.Int64.Add", "func (x *Int64) Add(delta int64) (new int64)", "atomically adds delta to x and returns the new value."),
    ("atomic.Int64.And", "func (x *Int64) And(mask int64) (old int64)", "atomically ANDs x with mask and returns the old value."),
    ("atomic.Int64.CompareAndSwap", "func (x *Int64) CompareAndSwap(old, new int64) (swapped bool)", "does the compare-and-swap operation for x."),
    ("atomic.Int64.Load", "func (x *Int64) Load() int64", "atomically loads and returns the value stored in x."),
    ("atomic.Int64.Or", "func (x *Int64) Or(mask int64) (old int64)", "atomically ORs x with mask and returns the old value."),
    ("atomic.Int64.Store", "func (x *Int64) Store(val int64)", "atomically stores val into x."),
    ("atomic.Int64.Swap", "func (x *Int64) Swap(new int64) (old int64)", "atomically stores new into x and returns the previous value."),
    ("atomic.LoadInt32", "func LoadInt32(addr *int32) (val int32)", "atomically loads *addr."),
    ("atomic.LoadInt64", "func LoadInt64(addr *int64) (val int64)", "atomically loads *addr."),
    ("atomic.LoadUint32", "func LoadUint32(addr *uint32) (val uint32)", "atomically loads *addr."),
    ("atomic.LoadUint64", "func LoadUint64(addr *uint64) (val uint64)", "atomically loads *addr."),
    ("atomic.LoadUintptr", "func LoadUintptr(addr *uintptr) (val uintptr)", "atomically loads *addr."),
    ("atomic.OrInt32", "func OrInt32(addr *int32, mask int32) (old int32)", "atomically ORs *addr with mask and returns the old value."),
    ("atomic.OrInt64", "func OrInt64(addr *int64, mask int64) (old int64)", "atomically ORs *addr with mask and returns the old value."),
    ("atomic.OrUint32", "func OrUint32(addr *uint32, mask uint32) (old uint32)", "atomically ORs *addr with mask and returns the old value."),
    ("atomic.OrUint64", "func OrUint64(addr *uint64, mask uint64) (old uint64)", "atomically ORs *addr with mask and returns the old value."),
    ("atomic.StoreInt32", "func StoreInt32(addr *int32, val int32)", "atomically stores val into *addr."),
    ("atomic.StoreInt64", "func StoreInt64(addr *int64, val int64)", "atomically stores val into *addr."),
    ("atomic.StoreUint32", "func StoreUint32(addr *uint32, val uint32)", "atomically stores val into *addr."),
    ("atomic.StoreUint64", "func StoreUint64(addr *uint64, val uint64)", "atomically stores val into *addr."),
    ("atomic.StoreUintptr", "func StoreUintptr(addr *uintptr, val uintptr)", "atomically stores val into *addr."),
    ("atomic.SwapInt32", "func SwapInt32(addr *int32, new int32) (old int32)", "atomically stores new into *addr and returns the previous value."),
    ("atomic.SwapInt64", "func SwapInt64(addr *int64, new int64) (old int64)", "atomically stores new into *addr and returns the previous value."),
    ("atomic.SwapUint32", "func SwapUint32(addr *uint32, new uint32) (old uint32)", "atomically stores new into *addr and returns the previous value."),
    ("atomic.SwapUint64", "func SwapUint64(addr *uint64, new uint64) (old uint64)", "atomically stores new into *addr and returns the previous value."),
    ("atomic.SwapUintptr", "func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)", "atomically stores new into *addr and returns the previous value."),
    ("atomic.Uint32", "type Uint32 struct{ ... }", "is an atomic uint32; the zero value is zero."),
    ("atomic.Uint32.Add", "func (x *Uint32) Add(delta uint32) (new uint32)", "atomically adds delta to x and returns the new value."),
    ("atomic.Uint32.And", "func (x *Uint32) And(mask uint32) (old uint32)", "atomically ANDs x with mask and returns the old value."),
    ("atomic.Uint32.CompareAndSwap", "func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool)", "does the compare-and-swap operation for x."),
    ("atomic.Uint32.Load", "func (x *Uint32) Load() uint32", "atomically loads and returns the value stored in x."),
    ("atomic.Uint32.Or", "func (x *Uint32) Or(mask uint32) (old uint32)", "atomically ORs x with mask and returns the old value."),
    ("atomic.Uint32.Store", "func (x *Uint32) Store(val uint32)", "atomically stores val into x."),
    ("atomic.Uint32.Swap", "func (x *Uint32) Swap(new uint32) (old uint32)", "atomically stores new into x and returns the previous value."),
    ("atomic.Uint64", "type Uint64 struct{ ... }", "is an atomic uint64; the zero value is zero."),
    ("atomic.Uint64.Add", "func (x *Uint64) Add(delta uint64) (new uint64)", "atomically adds delta to x and returns the new value."),
    ("atomic.Uint64.And", "func (x *Uint64) And(mask uint64) (old uint64)", "atomically ANDs x with mask and returns the old value."),
    ("atomic.Uint64.CompareAndSwap", "func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool)", "does the compare-and-swap operation for x."),
    ("atomic.Uint64.Load", "func (x *Uint64) Load() uint64", "atomically loads and returns the value stored in x."),
    ("atomic.Uint64.Or", "func (x *Uint64) Or(mask uint64) (old uint64)", "atomically ORs x with mask and returns the old value."),
    ("atomic.Uint64.Store", "func (x *Uint64) Store(val uint64)", "atomically stores val into x."),
    ("atomic.Uint64.Swap", "func (x *Uint64) Swap(new uint64) (old uint64)", "atomically stores new into x and returns the previous value."),
    ("atomic.Uintptr", "type Uintptr struct{ ... }", "is an atomic uintptr; the zero value is zero."),
    ("atomic.Uintptr.Add", "func (x *Uintptr) Add(delta uintptr) (new uintptr)", "atomically adds delta to x and returns the new value."),
    ("atomic.Uintptr.CompareAndSwap", "func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool)", "does the compare-and-swap operation for x."),
    ("atomic.Uintptr.Load", "func (x *Uintptr) Load() uintptr", "atomically loads and returns the value stored in x."),
    ("atomic.Uintptr.Store", "func (x *Uintptr) Store(val uintptr)", "atomically stores val into x."),
    ("atomic.Uintptr.Swap", "func (x *Uintptr) Swap(new uintptr) (old uintptr)", "atomically stores new into x and returns the previous value."),
    ("atomic.Value", "type Value struct{ ... }", "provides an atomic load and store of a consistently typed value; the zero value loads nil."),
    ("atomic.Value.CompareAndSwap", "func (v *Value) CompareAndSwap(old, new any) (swapped bool)", "does the compare-and-swap operation for v; new must not be nil."),
    ("atomic.Value.Load", "func (v *Value) Load() (val any)", "returns the value set by the most recent Store, or nil if there was none."),
    ("atomic.Value.Store", "func (v *Value) Store(val any)", "sets the Value to val; panics on nil or on a type different from earlier stores."),
    ("atomic.Value.Swap", "func (v *Value) Swap(new any) (old any)", "stores new into v and returns the old value; same rules as Store."),
    ("cap", "func cap(v Type) int", "returns the capacity of a slice, array, pointer to array or channel."),
    ("clear", "func clear(t T)", "deletes every entry of a map, or sets every element of a slice to its zero value."),
    ("close", "func close(c chan<- Type)", "closes a channel; receivers get the buffered values, then zero values with ok false."),
    ("copy", "func copy(dst, src []Type) int", "copies elements (or a string's bytes) from src to dst and returns the number copied."),
    ("debug.FreeOSMemory", "func FreeOSMemory()", "forces a garbage collection and returns as much memory to the OS as possible."),
    ("debug.SetGCPercent", "func SetGCPercent(percent int) int", "sets the collection target percentage (negative: off); returns the old setting."),
    ("delete", "func delete(m map[Key]Type, key Key)", "removes the entry for key from m; does nothing if there is none."),
    ("errors.As", "func As(err error, target any) bool", "finds the first error in err's tree that fits *target and stores it there."),
    ("errors.Is", "func Is(err, target error) bool", "reports whether any error in err's tree equals target or has an Is method matching it."),
    ("errors.Join", "func Join(errs ...error) error", "returns an error wrapping the non-nil errs (nil if there are none)."),
    ("errors.New", "func New(text string) error", "returns an error whose message is text; each call gives a distinct value."),
    ("errors.Unwrap", "func Unwrap(err error) error", "returns err.Unwrap() if err has an Unwrap() error method, else nil."),
    ("fmt.Errorf", "func Errorf(format string, a ...any) error", "formats like Sprintf and returns the string as an error; %w operands are wrapped."),
    ("fmt.Fprint", "func Fprint(w io.Writer, a ...any) (n int, err error)", "writes the operands to w in default formats."),
    ("fmt.Fprintf", "func Fprintf(w io.Writer, format string, a ...any) (n int, err error)", "formats according to format and writes to w."),
    ("fmt.Fprintln", "func Fprintln(w io.Writer, a ...any) (n int, err error)", "writes the operands to w separated by spaces, with a newline."),
    ("fmt.Print", "func Print(a ...any) (n int, err error)", "writes the operands to standard output, spacing operands that are not strings."),
    ("fmt.Printf", "func Printf(format string, a ...any) (n int, err error)", "formats according to format and writes to standard output."),
    ("fmt.Println", "func Println(a ...any) (n int, err error)", "writes the operands to standard output separated by spaces, with a newline."),
    ("fmt.Scan", "func Scan(a ...any) (n int, err error)", "reads space-separated values from standard input into the arguments."),
    ("fmt.Scanf", "func Scanf(format string, a ...any) (n int, err error)", "reads from standard input, parsing values as format directs."),
    ("fmt.Scanln", "func Scanln(a ...any) (n int, err error)", "like Scan, but stops at a newline, which must follow the last item."),
    ("fmt.Sprint", "func Sprint(a ...any) string", "formats the operands in default formats and returns the string."),
    ("fmt.Sprintf", "func Sprintf(format string, a ...any) string", "formats according to format and returns the string."),
    ("fmt.Sprintln", "func Sprintln(a ...any) string", "formats the operands separated by spaces, with a newline, and returns the string."),
    ("fmt.Sscan", "func Sscan(str string, a ...any) (n int, err error)", "reads space-separated values from str into the arguments."),
    ("fmt.Sscanf", "func Sscanf(str string, format string, a ...any) (n int, err error)", "reads from str, parsing values as format directs."),
    ("fmt.Sscanln", "func Sscanln(str string, a ...any) (n int, err error)", "like Sscan, but stops at a newline."),
    ("fmt.Stringer", "type Stringer interface { String() string }", "is implemented by values with a String method, which %v and Print use."),
    ("fmt.Stringer.String", "String() string", "returns the value's printed form."),
    ("fs.ErrClosed", "var ErrClosed = errors.New(\"file already closed\")", "reports an operation on a closed file."),
    ("fs.ErrExist", "var ErrExist = errors.New(\"file already exists\")", "reports that a file already exists."),
    ("fs.ErrInvalid", "var ErrInvalid = errors.New(\"invalid argument\")", "reports an invalid argument."),
    ("fs.ErrNotExist", "var ErrNotExist = errors.New(\"file does not exist\")", "reports that a file does not exist."),
    ("fs.ErrPermission", "var ErrPermission = errors.New(\"permission denied\")", "reports that permission was denied."),
    ("io.EOF", "var EOF = errors.New(\"EOF\")", "is the error returned when no more input is available."),
    ("io.Reader", "type Reader interface { Read(p []byte) (n int, err error) }", "wraps the basic Read method."),
    ("io.Reader.Read", "Read(p []byte) (n int, err error)", "reads up to len(p) bytes into p and returns how many it read."),
    ("io.Writer", "type Writer interface { Write(p []byte) (n int, err error) }", "wraps the basic Write method."),
    ("io.Writer.Write", "Write(p []byte) (n int, err error)", "writes len(p) bytes from p and returns how many it wrote."),
    ("len", "func len(v Type) int", "returns the length of a string, slice, array, pointer to array, map or channel."),
    ("make", "func make(t Type, size ...IntegerType) Type", "allocates and initializes a slice, map or channel of type t."),
    ("maps.All", "func All(m map[K]V) iter.Seq2[K, V]", "returns an iterator over the key-value pairs of m, in no set order."),
    ("maps.Clone", "func Clone(m M) M", "returns a shallow copy of m."),
    ("maps.Collect", "func Collect(seq iter.Seq2[K, V]) map[K]V", "collects the pairs of seq into a new map."),
    ("maps.Copy", "func Copy(dst, src map[K]V)", "copies every pair of src into dst, overwriting existing keys."),
    ("maps.DeleteFunc", "func DeleteFunc(m map[K]V, del func(K, V) bool)", "deletes each pair of m for which del returns true."),
    ("maps.Equal", "func Equal(m1, m2 map[K]V) bool", "reports whether two maps hold the same key-value pairs."),
    ("maps.Insert", "func Insert(m map[K]V, seq iter.Seq2[K, V])", "adds the pairs of seq to m, overwriting existing keys."),
    ("maps.Keys", "func Keys(m map[K]V) iter.Seq[K]", "returns an iterator over the keys of m, in no set order."),
    ("maps.Values", "func Values(m map[K]V) iter.Seq[V]", "returns an iterator over the values of m, in no set order."),
    ("math.Abs", "func Abs(x float64) float64", "returns the absolute value of x."),
    ("math.Acos", "func Acos(x float64) float64", "returns the arccosine of x, in radians."),
    ("math.Asin", "func Asin(x float64) float64", "returns the arcsine of x, in radians."),
    ("math.Atan", "func Atan(x float64) float64", "returns the arctangent of x, in radians."),
    ("math.Atan2", "func Atan2(y, x float64) float64", "returns the arctangent of y/x, using the signs of both to pick the quadrant."),
    ("math.Cbrt", "func Cbrt(x float64) float64", "returns the cube root of x."),
    ("math.Ceil", "func Ceil(x float64) float64", "returns the least integer value greater than or equal to x."),
    ("math.Copysign", "func Copysign(f, sign float64) float64", "returns a value with the magnitude of f and the sign of sign."),
    ("math.Cos", "func Cos(x float64) float64", "returns the cosine of the radian argument x."),
    ("math.Cosh", "func Cosh(x float64) float64", "returns the hyperbolic cosine of x."),
    ("math.Dim", "func Dim(x, y float64) float64", "returns the maximum of x-y and 0."),
    ("math.E", "const E = 2.71828182845904523536...", "is Euler's number, the base of natural logarithms."),
    ("math.Exp", "func Exp(x float64) float64", "returns e**x."),
    ("math.Exp2", "func Exp2(x float64) float64", "returns 2**x."),
    ("math.Float32bits", "func Float32bits(f float32) uint32", "returns the IEEE 754 bit pattern of f."),
    ("math.Float32frombits", "func Float32frombits(b uint32) float32", "returns the float32 with IEEE 754 bit pattern b."),
    ("math.Float64bits", "func Float64bits(f float64) uint64", "returns the IEEE 754 bit pattern of f."),
    ("math.Float64frombits", "func Float64frombits(b uint64) float64", "returns the float64 with IEEE 754 bit pattern b."),
    ("math.Floor", "func Floor(x float64) float64", "returns the greatest integer value less than or equal to x."),
    ("math.Hypot", "func Hypot(p, q float64) float64", "returns Sqrt(p*p + q*q), avoiding needless overflow and underflow."),
    ("math.Inf", "func Inf(sign int) float64", "returns positive infinity if sign >= 0, negative infinity if sign < 0."),
    ("math.IsInf", "func IsInf(f float64, sign int) bool", "reports whether f is an infinity of the given sign (either sign if sign == 0)."),
    ("math.IsNaN", "func IsNaN(f float64) (is bool)", "reports whether f is an IEEE 754 \"not-a-number\" value."),
    ("math.Ln10", "const Ln10 = 2.30258509299404568401...", "is the natural logarithm of 10."),
    ("math.Ln2", "const Ln2 = 0.693147180559945309417...", "is the natural logarithm of 2."),
    ("math.Log", "func Log(x float64) float64", "returns the natural logarithm of x."),
    ("math.Log10", "func Log10(x float64) float64", "returns the decimal logarithm of x."),
    ("math.Log10E", "const Log10E = 1 / Ln10", "is the decimal logarithm of e."),
    ("math.Log1p", "func Log1p(x float64) float64", "returns the natural logarithm of 1 plus x, accurate for x near zero."),
    ("math.Log2", "func Log2(x float64) float64", "returns the binary logarithm of x."),
    ("math.Log2E", "const Log2E = 1 / Ln2", "is the binary logarithm of e."),
    ("math.Max", "func Max(x, y float64) float64", "returns the larger of x or y (NaN if either is NaN)."),
    ("math.MaxFloat32", "const MaxFloat32 = 0x1p127 * (1 + (1 - 0x1p-23))", "is the largest finite float32, about 3.4e38."),
    ("math.MaxFloat64", "const MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))", "is the largest finite float64, about 1.8e308."),
    ("math.MaxInt", "const MaxInt = 1<<63 - 1", "is the largest int (ints are 64 bits)."),
    ("math.MaxInt16", "const MaxInt16 = 1<<15 - 1", "is the largest int16."),
    ("math.MaxInt32", "const MaxInt32 = 1<<31 - 1", "is the largest int32."),
    ("math.MaxInt64", "const MaxInt64 = 1<<63 - 1", "is the largest int64."),
    ("math.MaxInt8", "const MaxInt8 = 1<<7 - 1", "is the largest int8."),
    ("math.MaxUint", "const MaxUint = 1<<64 - 1", "is the largest uint (uints are 64 bits)."),
    ("math.MaxUint16", "const MaxUint16 = 1<<16 - 1", "is the largest uint16."),
    ("math.MaxUint32", "const MaxUint32 = 1<<32 - 1", "is the largest uint32."),
    ("math.MaxUint64", "const MaxUint64 = 1<<64 - 1", "is the largest uint64."),
    ("math.MaxUint8", "const MaxUint8 = 1<<8 - 1", "is the largest uint8."),
    ("math.Min", "func Min(x, y float64) float64", "returns the smaller of x or y (NaN if either is NaN)."),
    ("math.MinInt", "const MinInt = -1 << 63", "is the smallest int."),
    ("math.MinInt16", "const MinInt16 = -1 << 15", "is the smallest int16."),
    ("math.MinInt32", "const MinInt32 = -1 << 31", "is the smallest int32."),
    ("math.MinInt64", "const MinInt64 = -1 << 63", "is the smallest int64."),
    ("math.MinInt8", "const MinInt8 = -1 << 7", "is the smallest int8."),
    ("math.Mod", "func Mod(x, y float64) float64", "returns the floating-point remainder of x/y, with the sign of x."),
    ("math.Modf", "func Modf(f float64) (int float64, frac float64)", "returns the integer and fractional parts of f, both with f's sign."),
    ("math.NaN", "func NaN() float64", "returns an IEEE 754 \"not-a-number\" value."),
    ("math.Phi", "const Phi = 1.61803398874989484820...", "is the golden ratio."),
    ("math.Pi", "const Pi = 3.14159265358979323846...", "is the ratio of a circle's circumference to its diameter."),
    ("math.Pow", "func Pow(x, y float64) float64", "returns x**y."),
    ("math.Remainder", "func Remainder(x, y float64) float64", "returns the IEEE 754 remainder of x/y (quotient rounded to nearest)."),
    ("math.Round", "func Round(x float64) float64", "returns the nearest integer, rounding half away from zero."),
    ("math.RoundToEven", "func RoundToEven(x float64) float64", "returns the nearest integer, rounding half to even."),
    ("math.Signbit", "func Signbit(x float64) bool", "reports whether x is negative or negative zero."),
    ("math.Sin", "func Sin(x float64) float64", "returns the sine of the radian argument x."),
    ("math.Sinh", "func Sinh(x float64) float64", "returns the hyperbolic sine of x."),
    ("math.SmallestNonzeroFloat32", "const SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23", "is the smallest positive float32, about 1.4e-45."),
    ("math.SmallestNonzeroFloat64", "const SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52", "is the smallest positive float64, about 4.9e-324."),
    ("math.Sqrt", "func Sqrt(x float64) float64", "returns the square root of x."),
    ("math.Sqrt2", "const Sqrt2 = 1.41421356237309504880...", "is the square root of 2."),
    ("math.SqrtE", "const SqrtE = 1.64872127070012814684...", "is the square root of e."),
    ("math.SqrtPi", "const SqrtPi = 1.77245385090551602729...", "is the square root of pi."),
    ("math.Tan", "func Tan(x float64) float64", "returns the tangent of the radian argument x."),
    ("math.Tanh", "func Tanh(x float64) float64", "returns the hyperbolic tangent of x."),
    ("math.Trunc", "func Trunc(x float64) float64", "returns the integer value of x, rounding toward zero."),
    ("max", "func max(x T, y ...T) T", "returns the largest of its arguments, which have an ordered type."),
    ("min", "func min(x T, y ...T) T", "returns the smallest of its arguments, which have an ordered type."),
    ("new", "func new(Type) *Type", "allocates a zero value of Type and returns a pointer to it."),
    ("os.Args", "var Args []string", "holds the command-line arguments, starting with the program name."),
    ("os.ErrClosed", "var ErrClosed = fs.ErrClosed", "reports an operation on a closed file."),
    ("os.ErrExist", "var ErrExist = fs.ErrExist", "reports that a file already exists."),
    ("os.ErrInvalid", "var ErrInvalid = fs.ErrInvalid", "reports an invalid argument."),
    ("os.ErrNotExist", "var ErrNotExist = fs.ErrNotExist", "reports that a file does not exist."),
    ("os.ErrPermission", "var ErrPermission = fs.ErrPermission", "reports that permission was denied."),
    ("os.Exit", "func Exit(code int)", "ends the program at once with the given status; deferred calls do not run."),
    ("os.File", "type File struct{ ... }", "is an open file descriptor (gorun has only Stdin, Stdout and Stderr)."),
    ("os.File.Write", "func (f *File) Write(b []byte) (n int, err error)", "writes len(b) bytes to the file."),
    ("os.File.WriteString", "func (f *File) WriteString(s string) (n int, err error)", "writes the contents of s to the file."),
    ("os.Getenv", "func Getenv(key string) string", "returns the value of the environment variable key, or \"\" if unset."),
    ("os.Stderr", "var Stderr *File", "is the open file for standard error."),
    ("os.Stdin", "var Stdin *File", "is the open file for standard input."),
    ("os.Stdout", "var Stdout *File", "is the open file for standard output."),
    ("panic", "func panic(v any)", "stops the goroutine's normal execution; deferred calls run as the stack unwinds."),
    ("print", "func print(args ...Type)", "writes its arguments to standard error in an implementation-specific format."),
    ("println", "func println(args ...Type)", "like print, but with spaces between the arguments and a newline at the end."),
    ("recover", "func recover() any", "called directly by a deferred function, stops a panic and returns its value; else nil."),
    ("runtime.Error", "type Error interface { error; RuntimeError() }", "identifies a run-time error such as an index out of range."),
    ("runtime.Error.RuntimeError", "RuntimeError()", "marks the type as a run-time error; it does nothing."),
    ("runtime.GC", "func GC()", "runs a garbage collection and waits for it to finish."),
    ("runtime.GOARCH", "const GOARCH = \"amd64\"", "is the architecture the program reports running on."),
    ("runtime.GOMAXPROCS", "func GOMAXPROCS(n int) int", "sets the number of CPUs running Go code at once (if n > 0); returns the old value."),
    ("runtime.GOOS", "const GOOS = \"linux\"", "is the operating system the program reports running on."),
    ("runtime.Goexit", "func Goexit()", "ends the calling goroutine after running its deferred calls."),
    ("runtime.Gosched", "func Gosched()", "yields the processor, letting other goroutines run."),
    ("runtime.LockOSThread", "func LockOSThread()", "is accepted for compatibility; goroutines are not bound to threads in gorun."),
    ("runtime.MemStats", "type MemStats struct{ ... }", "records statistics about the memory allocator; gorun fills the fields its collector keeps."),
    ("runtime.MemStats.Alloc", "Alloc uint64", "is the number of bytes of allocated heap objects."),
    ("runtime.MemStats.Frees", "Frees uint64", "is the cumulative count of heap objects freed."),
    ("runtime.MemStats.HeapAlloc", "HeapAlloc uint64", "is the number of bytes of allocated heap objects (same as Alloc)."),
    ("runtime.MemStats.HeapIdle", "HeapIdle uint64", "is the number of bytes in idle (unused) spans."),
    ("runtime.MemStats.HeapInuse", "HeapInuse uint64", "is the number of bytes in in-use spans."),
    ("runtime.MemStats.HeapObjects", "HeapObjects uint64", "is the number of allocated heap objects."),
    ("runtime.MemStats.HeapSys", "HeapSys uint64", "is the number of bytes of heap memory obtained from the OS."),
    ("runtime.MemStats.LastGC", "LastGC uint64", "is the time the last collection finished, in nanoseconds since the Unix epoch."),
    ("runtime.MemStats.Mallocs", "Mallocs uint64", "is the cumulative count of heap objects allocated."),
    ("runtime.MemStats.NextGC", "NextGC uint64", "is the target heap size of the next collection."),
    ("runtime.MemStats.NumGC", "NumGC uint32", "is the number of completed collections."),
    ("runtime.MemStats.PauseTotalNs", "PauseTotalNs uint64", "is the cumulative stop-the-world pause time, in nanoseconds."),
    ("runtime.MemStats.Sys", "Sys uint64", "is the total bytes of memory obtained from the OS."),
    ("runtime.MemStats.TotalAlloc", "TotalAlloc uint64", "is the cumulative bytes allocated for heap objects (never decreases)."),
    ("runtime.NumCPU", "func NumCPU() int", "returns the number of logical CPUs usable by the process."),
    ("runtime.NumGoroutine", "func NumGoroutine() int", "returns the number of goroutines that currently exist."),
    ("runtime.ReadMemStats", "func ReadMemStats(m *MemStats)", "fills m with memory allocator statistics."),
    ("runtime.UnlockOSThread", "func UnlockOSThread()", "undoes LockOSThread; accepted for compatibility."),
    ("slices.All", "func All(s []E) iter.Seq2[int, E]", "returns an iterator over the index-value pairs of s, in order."),
    ("slices.BinarySearch", "func BinarySearch(s []E, target E) (int, bool)", "finds target's position (or insertion point) in sorted s, and whether it is there."),
    ("slices.Clip", "func Clip(s S) S", "removes unused capacity from s, returning s[:len(s):len(s)]."),
    ("slices.Clone", "func Clone(s S) S", "returns a shallow copy of s."),
    ("slices.Collect", "func Collect(seq iter.Seq[E]) []E", "collects the values of seq into a new slice."),
    ("slices.Compact", "func Compact(s S) S", "replaces runs of equal consecutive elements by a single copy, returning the shorter slice."),
    ("slices.CompactFunc", "func CompactFunc(s S, eq func(E, E) bool) S", "like Compact, but compares elements with eq."),
    ("slices.Compare", "func Compare(s1, s2 []E) int", "compares two slices element by element; returns -1, 0 or +1."),
    ("slices.Concat", "func Concat(slices ...S) S", "returns a new slice joining the given slices."),
    ("slices.Contains", "func Contains(s []E, v E) bool", "reports whether v is present in s."),
    ("slices.ContainsFunc", "func ContainsFunc(s []E, f func(E) bool) bool", "reports whether at least one element e of s satisfies f(e)."),
    ("slices.Delete", "func Delete(s S, i, j int) S", "removes s[i:j] from s, zeroes the freed tail and returns the modified slice."),
    ("slices.DeleteFunc", "func DeleteFunc(s S, del func(E) bool) S", "removes the elements for which del returns true and returns the modified slice."),
    ("slices.Equal", "func Equal(s1, s2 []E) bool", "reports whether two slices have the same length and equal elements."),
    ("slices.Grow", "func Grow(s S, n int) S", "grows the capacity of s, if needed, to fit n more elements."),
    ("slices.Index", "func Index(s []E, v E) int", "returns the index of the first occurrence of v in s, or -1."),
    ("slices.IndexFunc", "func IndexFunc(s []E, f func(E) bool) int", "returns the first index i with f(s[i]) true, or -1."),
    ("slices.Insert", "func Insert(s S, i int, v ...E) S", "inserts the values v at index i and returns the modified slice."),
    ("slices.IsSorted", "func IsSorted(s []E) bool", "reports whether s is sorted in ascending order."),
    ("slices.IsSortedFunc", "func IsSortedFunc(s []E, cmp func(a, b E) int) bool", "reports whether s is sorted by the comparison function cmp."),
    ("slices.Max", "func Max(s []E) E", "returns the maximal value in s; panics if s is empty."),
    ("slices.MaxFunc", "func MaxFunc(s []E, cmp func(a, b E) int) E", "returns the first maximal value in s by cmp; panics if s is empty."),
    ("slices.Min", "func Min(s []E) E", "returns the minimal value in s; panics if s is empty."),
    ("slices.MinFunc", "func MinFunc(s []E, cmp func(a, b E) int) E", "returns the first minimal value in s by cmp; panics if s is empty."),
    ("slices.Repeat", "func Repeat(s S, count int) S", "returns a new slice repeating s count times."),
    ("slices.Replace", "func Replace(s S, i, j int, v ...E) S", "replaces s[i:j] with the values v and returns the modified slice."),
    ("slices.Reverse", "func Reverse(s []E)", "reverses the elements of s in place."),
    ("slices.Sort", "func Sort(s []E)", "sorts a slice of an ordered type in ascending order."),
    ("slices.SortFunc", "func SortFunc(s []E, cmp func(a, b E) int)", "sorts s in ascending order as determined by cmp; not stable."),
    ("slices.SortStableFunc", "func SortStableFunc(s []E, cmp func(a, b E) int)", "sorts s by cmp, keeping the original order of equal elements."),
    ("slices.Sorted", "func Sorted(seq iter.Seq[E]) []E", "collects the values of seq into a new slice and sorts it."),
    ("slices.Values", "func Values(s []E) iter.Seq[E]", "returns an iterator over the elements of s, in order."),
    ("sort.Float64Slice", "type Float64Slice []float64", "attaches Interface's methods to []float64, ordering NaNs before other values."),
    ("sort.Float64Slice.Len", "func (x Float64Slice) Len() int", "returns len(x)."),
    ("sort.Float64Slice.Less", "func (x Float64Slice) Less(i, j int) bool", "reports whether x[i] < x[j], with NaNs first."),
    ("sort.Float64Slice.Sort", "func (x Float64Slice) Sort()", "sorts x in increasing order."),
    ("sort.Float64Slice.Swap", "func (x Float64Slice) Swap(i, j int)", "swaps x[i] and x[j]."),
    ("sort.Float64s", "func Float64s(x []float64)", "sorts a slice of float64s in increasing order (NaNs first)."),
    ("sort.Float64sAreSorted", "func Float64sAreSorted(x []float64) bool", "reports whether x is sorted in increasing order."),
    ("sort.IntSlice", "type IntSlice []int", "attaches Interface's methods to []int, in increasing order."),
    ("sort.IntSlice.Len", "func (x IntSlice) Len() int", "returns len(x)."),
    ("sort.IntSlice.Less", "func (x IntSlice) Less(i, j int) bool", "reports whether x[i] < x[j]."),
    ("sort.IntSlice.Sort", "func (x IntSlice) Sort()", "sorts x in increasing order."),
    ("sort.IntSlice.Swap", "func (x IntSlice) Swap(i, j int)", "swaps x[i] and x[j]."),
    ("sort.Interface", "type Interface interface { Len() int; Less(i, j int) bool; Swap(i, j int) }", "is a collection that can be sorted by index."),
    ("sort.Interface.Len", "Len() int", "returns the number of elements in the collection."),
    ("sort.Interface.Less", "Less(i, j int) bool", "reports whether element i must sort before element j."),
    ("sort.Interface.Swap", "Swap(i, j int)", "swaps the elements at indexes i and j."),
    ("sort.Ints", "func Ints(x []int)", "sorts a slice of ints in increasing order."),
    ("sort.IntsAreSorted", "func IntsAreSorted(x []int) bool", "reports whether x is sorted in increasing order."),
    ("sort.IsSorted", "func IsSorted(data Interface) bool", "reports whether data is sorted."),
    ("sort.Reverse", "func Reverse(data Interface) Interface", "returns data with its order reversed (Less swapped)."),
    ("sort.Search", "func Search(n int, f func(int) bool) int", "returns the smallest i in [0, n) with f(i) true, or n; f must be false then true."),
    ("sort.SearchFloat64s", "func SearchFloat64s(a []float64, x float64) int", "returns the index at which x is, or would be inserted, in sorted a."),
    ("sort.SearchInts", "func SearchInts(a []int, x int) int", "returns the index at which x is, or would be inserted, in sorted a."),
    ("sort.SearchStrings", "func SearchStrings(a []string, x string) int", "returns the index at which x is, or would be inserted, in sorted a."),
    ("sort.Slice", "func Slice(x any, less func(i, j int) bool)", "sorts the slice x by less; not stable."),
    ("sort.SliceIsSorted", "func SliceIsSorted(x any, less func(i, j int) bool) bool", "reports whether the slice x is sorted by less."),
    ("sort.SliceStable", "func SliceStable(x any, less func(i, j int) bool)", "sorts the slice x by less, keeping the original order of equal elements."),
    ("sort.Sort", "func Sort(data Interface)", "sorts data in ascending order as determined by Less; not stable."),
    ("sort.Stable", "func Stable(data Interface)", "sorts data by Less, keeping the original order of equal elements."),
    ("sort.StringSlice", "type StringSlice []string", "attaches Interface's methods to []string, in increasing order."),
    ("sort.StringSlice.Len", "func (x StringSlice) Len() int", "returns len(x)."),
    ("sort.StringSlice.Less", "func (x StringSlice) Less(i, j int) bool", "reports whether x[i] < x[j]."),
    ("sort.StringSlice.Sort", "func (x StringSlice) Sort()", "sorts x in increasing order."),
    ("sort.StringSlice.Swap", "func (x StringSlice) Swap(i, j int)", "swaps x[i] and x[j]."),
    ("sort.Strings", "func Strings(x []string)", "sorts a slice of strings in increasing order."),
    ("sort.StringsAreSorted", "func StringsAreSorted(x []string) bool", "reports whether x is sorted in increasing order."),
    ("strconv.AppendInt", "func AppendInt(dst []byte, i int64, base int) []byte", "appends the string form of i in the given base to dst."),
    ("strconv.AppendQuote", "func AppendQuote(dst []byte, s string) []byte", "appends the double-quoted Go literal for s to dst."),
    ("strconv.Atoi", "func Atoi(s string) (int, error)", "is ParseInt(s, 10, 0) converted to int."),
    ("strconv.ErrRange", "var ErrRange = errors.New(\"value out of range\")", "reports that a value is out of range for the target type."),
    ("strconv.ErrSyntax", "var ErrSyntax = errors.New(\"invalid syntax\")", "reports that a value does not have the right syntax."),
    ("strconv.FormatBool", "func FormatBool(b bool) string", "returns \"true\" or \"false\"."),
    ("strconv.FormatFloat", "func FormatFloat(f float64, fmt byte, prec, bitSize int) string", "formats f as 'e', 'f', 'g', ... with precision prec (-1: shortest exact)."),
    ("strconv.FormatInt", "func FormatInt(i int64, base int) string", "returns the string form of i in base 2 to 36."),
    ("strconv.FormatUint", "func FormatUint(i uint64, base int) string", "returns the string form of i in base 2 to 36."),
    ("strconv.Itoa", "func Itoa(i int) string", "is FormatInt(int64(i), 10)."),
    ("strconv.NumError", "type NumError struct { Func, Num string; Err error }", "records a failed conversion: the function, the input and the reason."),
    ("strconv.NumError.Err", "Err error", "is the reason the conversion failed (ErrRange, ErrSyntax, ...)."),
    ("strconv.NumError.Error", "func (e *NumError) Error() string", "returns a message like `strconv.Atoi: parsing \"x\": invalid syntax`."),
    ("strconv.NumError.Func", "Func string", "is the failing function (ParseBool, ParseInt, Atoi, ...)."),
    ("strconv.NumError.Num", "Num string", "is the input."),
    ("strconv.NumError.Unwrap", "func (e *NumError) Unwrap() error", "returns e.Err, so errors.Is can see ErrRange or ErrSyntax."),
    ("strconv.ParseBool", "func ParseBool(str string) (bool, error)", "accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False."),
    ("strconv.ParseFloat", "func ParseFloat(s string, bitSize int) (float64, error)", "converts s to a float with bitSize (32 or 64) precision."),
    ("strconv.ParseInt", "func ParseInt(s string, base int, bitSize int) (int64, error)", "interprets s in the given base (0 means by prefix) and bit size."),
    ("strconv.ParseUint", "func ParseUint(s string, base int, bitSize int) (uint64, error)", "is like ParseInt for unsigned numbers (no sign allowed)."),
    ("strconv.Quote", "func Quote(s string) string", "returns a double-quoted Go literal for s, escaping control and non-printable characters."),
    ("strconv.QuoteRune", "func QuoteRune(r rune) string", "returns a single-quoted Go literal for r."),
    ("strconv.QuoteToASCII", "func QuoteToASCII(s string) string", "returns a double-quoted Go literal for s, escaping all non-ASCII characters."),
    ("strconv.Unquote", "func Unquote(s string) (string, error)", "interprets s as a quoted Go string or rune literal and returns its value."),
    ("strings.Builder", "type Builder struct{ ... }", "builds a string efficiently with Write methods; the zero value is ready to use."),
    ("strings.Builder.Cap", "func (b *Builder) Cap() int", "returns the capacity of the builder's buffer."),
    ("strings.Builder.Grow", "func (b *Builder) Grow(n int)", "grows the buffer's capacity, if needed, to hold n more bytes."),
    ("strings.Builder.Len", "func (b *Builder) Len() int", "returns the number of bytes accumulated."),
    ("strings.Builder.Reset", "func (b *Builder) Reset()", "empties the builder."),
    ("strings.Builder.String", "func (b *Builder) String() string", "returns the accumulated string."),
    ("strings.Builder.Write", "func (b *Builder) Write(p []byte) (int, error)", "appends the bytes of p; the error is always nil."),
    ("strings.Builder.WriteByte", "func (b *Builder) WriteByte(c byte) error", "appends the byte c; the error is always nil."),
    ("strings.Builder.WriteRune", "func (b *Builder) WriteRune(r rune) (int, error)", "appends the UTF-8 encoding of r; the error is always nil."),
    ("strings.Builder.WriteString", "func (b *Builder) WriteString(s string) (int, error)", "appends the contents of s; the error is always nil."),
    ("strings.Compare", "func Compare(a, b string) int", "returns -1, 0 or +1 as a is less than, equal to or greater than b."),
    ("strings.Contains", "func Contains(s, substr string) bool", "reports whether substr is within s."),
    ("strings.ContainsAny", "func ContainsAny(s, chars string) bool", "reports whether any Unicode code point of chars is within s."),
    ("strings.ContainsFunc", "func ContainsFunc(s string, f func(rune) bool) bool", "reports whether any rune r of s satisfies f(r)."),
    ("strings.ContainsRune", "func ContainsRune(s string, r rune) bool", "reports whether the rune r is within s."),
    ("strings.Count", "func Count(s, substr string) int", "counts the non-overlapping instances of substr in s (1 + the rune count if substr is empty)."),
    ("strings.Cut", "func Cut(s, sep string) (before, after string, found bool)", "slices s around the first instance of sep."),
    ("strings.CutPrefix", "func CutPrefix(s, prefix string) (after string, found bool)", "returns s without prefix, and whether it was there."),
    ("strings.CutSuffix", "func CutSuffix(s, suffix string) (before string, found bool)", "returns s without suffix, and whether it was there."),
    ("strings.EqualFold", "func EqualFold(s, t string) bool", "reports whether s and t are equal under simple Unicode case folding."),
    ("strings.Fields", "func Fields(s string) []string", "splits s around runs of white space."),
    ("strings.FieldsFunc", "func FieldsFunc(s string, f func(rune) bool) []string", "splits s around runs of runes satisfying f."),
    ("strings.HasPrefix", "func HasPrefix(s, prefix string) bool", "reports whether s begins with prefix."),
    ("strings.HasSuffix", "func HasSuffix(s, suffix string) bool", "reports whether s ends with suffix."),
    ("strings.Index", "func Index(s, substr string) int", "returns the index of the first instance of substr in s, or -1."),
    ("strings.IndexAny", "func IndexAny(s, chars string) int", "returns the index of the first rune of s that is in chars, or -1."),
    ("strings.IndexByte", "func IndexByte(s string, c byte) int", "returns the index of the first instance of c in s, or -1."),
    ("strings.IndexFunc", "func IndexFunc(s string, f func(rune) bool) int", "returns the index of the first rune satisfying f, or -1."),
    ("strings.IndexRune", "func IndexRune(s string, r rune) int", "returns the index of the first instance of rune r in s, or -1."),
    ("strings.Join", "func Join(elems []string, sep string) string", "concatenates elems with sep between them."),
    ("strings.LastIndex", "func LastIndex(s, substr string) int", "returns the index of the last instance of substr in s, or -1."),
    ("strings.LastIndexAny", "func LastIndexAny(s, chars string) int", "returns the index of the last rune of s that is in chars, or -1."),
    ("strings.LastIndexByte", "func LastIndexByte(s string, c byte) int", "returns the index of the last instance of c in s, or -1."),
    ("strings.LastIndexFunc", "func LastIndexFunc(s string, f func(rune) bool) int", "returns the index of the last rune satisfying f, or -1."),
    ("strings.Map", "func Map(mapping func(rune) rune, s string) string", "returns s with each rune r replaced by mapping(r); negative results drop r."),
    ("strings.NewReplacer", "func NewReplacer(oldnew ...string) *Replacer", "returns a Replacer from old, new string pairs."),
    ("strings.Repeat", "func Repeat(s string, count int) string", "returns count copies of s joined together."),
    ("strings.Replace", "func Replace(s, old, new string, n int) string", "replaces the first n instances of old with new (all if n < 0)."),
    ("strings.ReplaceAll", "func ReplaceAll(s, old, new string) string", "replaces every instance of old with new."),
    ("strings.Replacer", "type Replacer struct{ ... }", "replaces a list of strings with replacements; safe for concurrent use."),
    ("strings.Replacer.Replace", "func (r *Replacer) Replace(s string) string", "returns a copy of s with all replacements performed."),
    ("strings.Split", "func Split(s, sep string) []string", "slices s into the substrings between instances of sep."),
    ("strings.SplitAfter", "func SplitAfter(s, sep string) []string", "slices s after each instance of sep."),
    ("strings.SplitAfterN", "func SplitAfterN(s, sep string, n int) []string", "like SplitAfter, but returns at most n substrings (all if n < 0)."),
    ("strings.SplitN", "func SplitN(s, sep string, n int) []string", "like Split, but returns at most n substrings (all if n < 0)."),
    ("strings.Title", "func Title(s string) string", "returns s with the first letter of each word in title case (deprecated in Go)."),
    ("strings.ToLower", "func ToLower(s string) string", "returns s with all Unicode letters mapped to their lower case."),
    ("strings.ToTitle", "func ToTitle(s string) string", "returns s with all Unicode letters mapped to their title case."),
    ("strings.ToUpper", "func ToUpper(s string) string", "returns s with all Unicode letters mapped to their upper case."),
    ("strings.Trim", "func Trim(s, cutset string) string", "removes all leading and trailing runes contained in cutset."),
    ("strings.TrimFunc", "func TrimFunc(s string, f func(rune) bool) string", "removes all leading and trailing runes satisfying f."),
    ("strings.TrimLeft", "func TrimLeft(s, cutset string) string", "removes all leading runes contained in cutset."),
    ("strings.TrimLeftFunc", "func TrimLeftFunc(s string, f func(rune) bool) string", "removes all leading runes satisfying f."),
    ("strings.TrimPrefix", "func TrimPrefix(s, prefix string) string", "returns s without the leading prefix, if present."),
    ("strings.TrimRight", "func TrimRight(s, cutset string) string", "removes all trailing runes contained in cutset."),
    ("strings.TrimRightFunc", "func TrimRightFunc(s string, f func(rune) bool) string", "removes all trailing runes satisfying f."),
    ("strings.TrimSpace", "func TrimSpace(s string) string", "removes all leading and trailing white space."),
    ("strings.TrimSuffix", "func TrimSuffix(s, suffix string) string", "returns s without the trailing suffix, if present."),
    ("sync.Cond", "type Cond struct { L Locker; ... }", "is a rendezvous point for goroutines waiting for or announcing an event."),
    ("sync.Cond.Broadcast", "func (c *Cond) Broadcast()", "wakes all goroutines waiting on c."),
    ("sync.Cond.L", "L Locker", "is held while observing or changing the condition."),
    ("sync.Cond.Signal", "func (c *Cond) Signal()", "wakes one goroutine waiting on c, if there is any."),
    ("sync.Cond.Wait", "func (c *Cond) Wait()", "unlocks c.L, suspends until woken, then locks c.L again; call it in a loop."),
    ("sync.Locker", "type Locker interface { Lock(); Unlock() }", "is an object that can be locked and unlocked."),
    ("sync.Locker.Lock", "Lock()", "acquires the lock."),
    ("sync.Locker.Unlock", "Unlock()", "releases the lock."),
    ("sync.Map", "type Map struct{ ... }", "is a map safe for concurrent use by multiple goroutines; the zero value is empty."),
    ("sync.Map.Clear", "func (m *Map) Clear()", "deletes all the entries."),
    ("sync.Map.CompareAndDelete", "func (m *Map) CompareAndDelete(key, old any) (deleted bool)", "deletes the entry for key if its value equals old."),
    ("sync.Map.CompareAndSwap", "func (m *Map) CompareAndSwap(key, old, new any) (swapped bool)", "stores new for key if the current value equals old."),
    ("sync.Map.Delete", "func (m *Map) Delete(key any)", "deletes the value for a key."),
    ("sync.Map.Load", "func (m *Map) Load(key any) (value any, ok bool)", "returns the value stored for a key, and whether there was one."),
    ("sync.Map.LoadAndDelete", "func (m *Map) LoadAndDelete(key any) (value any, loaded bool)", "deletes the value for a key, returning the old value if any."),
    ("sync.Map.LoadOrStore", "func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)", "returns the existing value for key, or stores and returns value."),
    ("sync.Map.Range", "func (m *Map) Range(f func(key, value any) bool)", "calls f for each key and value in the map, stopping if f returns false."),
    ("sync.Map.Store", "func (m *Map) Store(key, value any)", "sets the value for a key."),
    ("sync.Map.Swap", "func (m *Map) Swap(key, value any) (previous any, loaded bool)", "stores value for key and returns the previous value, if any."),
    ("sync.Mutex", "type Mutex struct{ ... }", "is a mutual exclusion lock; the zero value is unlocked."),
    ("sync.Mutex.Lock", "func (m *Mutex) Lock()", "locks m, blocking until it is available."),
    ("sync.Mutex.TryLock", "func (m *Mutex) TryLock() bool", "tries to lock m without blocking and reports whether it succeeded."),
    ("sync.Mutex.Unlock", "func (m *Mutex) Unlock()", "unlocks m; it is a fatal error if m is not locked."),
    ("sync.NewCond", "func NewCond(l Locker) *Cond", "returns a new Cond with Locker l."),
    ("sync.Once", "type Once struct{ ... }", "is an object that will perform exactly one action."),
    ("sync.Once.Do", "func (o *Once) Do(f func())", "calls f only on the first call of Do for this Once; later calls wait for it, then return."),
    ("sync.OnceFunc", "func OnceFunc(f func()) func()", "returns a function that calls f only the first time it is called."),
    ("sync.RWMutex", "type RWMutex struct{ ... }", "is a reader/writer lock: many readers or one writer; the zero value is unlocked."),
    ("sync.RWMutex.Lock", "func (rw *RWMutex) Lock()", "locks rw for writing, blocking until no reader or writer holds it."),
    ("sync.RWMutex.RLock", "func (rw *RWMutex) RLock()", "locks rw for reading."),
    ("sync.RWMutex.RLocker", "func (rw *RWMutex) RLocker() Locker", "returns a Locker whose Lock and Unlock call rw.RLock and rw.RUnlock."),
    ("sync.RWMutex.RUnlock", "func (rw *RWMutex) RUnlock()", "undoes a single RLock call."),
    ("sync.RWMutex.TryLock", "func (rw *RWMutex) TryLock() bool", "tries to lock rw for writing without blocking and reports whether it succeeded."),
    ("sync.RWMutex.TryRLock", "func (rw *RWMutex) TryRLock() bool", "tries to lock rw for reading without blocking and reports whether it succeeded."),
    ("sync.RWMutex.Unlock", "func (rw *RWMutex) Unlock()", "unlocks rw for writing."),
    ("sync.WaitGroup", "type WaitGroup struct{ ... }", "waits for a collection of goroutines to finish."),
    ("sync.WaitGroup.Add", "func (wg *WaitGroup) Add(delta int)", "adds delta (maybe negative) to the counter; zero releases the waiters."),
    ("sync.WaitGroup.Done", "func (wg *WaitGroup) Done()", "decrements the counter by one."),
    ("sync.WaitGroup.Go", "func (wg *WaitGroup) Go(f func())", "calls f in a new goroutine, counted in the group."),
    ("sync.WaitGroup.Wait", "func (wg *WaitGroup) Wait()", "blocks until the counter is zero."),
    ("time.After", "func After(d Duration) <-chan Time", "waits for d to elapse and then sends the current time on the returned channel."),
    ("time.AfterFunc", "func AfterFunc(d Duration, f func()) *Timer", "waits for d to elapse and then calls f in its own goroutine."),
    ("time.Duration", "type Duration int64", "is the time elapsed between two instants, as an int64 nanosecond count."),
    ("time.Duration.Abs", "func (d Duration) Abs() Duration", "returns the absolute value of d (the maximum Duration for the minimum one)."),
    ("time.Duration.Hours", "func (d Duration) Hours() float64", "returns the duration as a floating-point number of hours."),
    ("time.Duration.Microseconds", "func (d Duration) Microseconds() int64", "returns the duration as an integer microsecond count."),
    ("time.Duration.Milliseconds", "func (d Duration) Milliseconds() int64", "returns the duration as an integer millisecond count."),
    ("time.Duration.Minutes", "func (d Duration) Minutes() float64", "returns the duration as a floating-point number of minutes."),
    ("time.Duration.Nanoseconds", "func (d Duration) Nanoseconds() int64", "returns the duration as an integer nanosecond count."),
    ("time.Duration.Round", "func (d Duration) Round(m Duration) Duration", "returns d rounded to the nearest multiple of m (halfway away from zero)."),
    ("time.Duration.Seconds", "func (d Duration) Seconds() float64", "returns the duration as a floating-point number of seconds."),
    ("time.Duration.String", "func (d Duration) String() string", "returns the duration in the form \"72h3m0.5s\"."),
    ("time.Duration.Truncate", "func (d Duration) Truncate(m Duration) Duration", "returns d rounded toward zero to a multiple of m."),
    ("time.Hour", "const Hour = 60 * Minute", "is one hour as a Duration."),
    ("time.Microsecond", "const Microsecond = 1000 * Nanosecond", "is one microsecond as a Duration."),
    ("time.Millisecond", "const Millisecond = 1000 * Microsecond", "is one millisecond as a Duration."),
    ("time.Minute", "const Minute = 60 * Second", "is one minute as a Duration."),
    ("time.Nanosecond", "const Nanosecond Duration = 1", "is one nanosecond, the unit of Duration."),
    ("time.NewTicker", "func NewTicker(d Duration) *Ticker", "returns a Ticker sending the time on its channel every d; d must be positive."),
    ("time.NewTimer", "func NewTimer(d Duration) *Timer", "returns a Timer that sends the current time on its channel after at least d."),
    ("time.Now", "func Now() Time", "returns the current time."),
    ("time.ParseDuration", "func ParseDuration(s string) (Duration, error)", "parses a duration string such as \"300ms\", \"-1.5h\" or \"2h45m\"."),
    ("time.Second", "const Second = 1000 * Millisecond", "is one second as a Duration."),
    ("time.Since", "func Since(t Time) Duration", "returns the time elapsed since t; shorthand for time.Now().Sub(t)."),
    ("time.Sleep", "func Sleep(d Duration)", "pauses the current goroutine for at least d."),
    ("time.Tick", "func Tick(d Duration) <-chan Time", "returns a channel delivering the time every d (nil if d <= 0)."),
    ("time.Ticker", "type Ticker struct { C <-chan Time; ... }", "delivers the current time on C at intervals."),
    ("time.Ticker.C", "C <-chan Time", "is the channel on which the ticks are delivered."),
    ("time.Ticker.Reset", "func (t *Ticker) Reset(d Duration)", "stops the ticker and resets its period to d."),
    ("time.Ticker.Stop", "func (t *Ticker) Stop()", "turns off the ticker; no more ticks are sent."),
    ("time.Time", "type Time struct{ ... }", "is an instant with nanosecond precision (gorun keeps nanoseconds since the Unix epoch)."),
    ("time.Time.Add", "func (t Time) Add(d Duration) Time", "returns the time t+d."),
    ("time.Time.After", "func (t Time) After(u Time) bool", "reports whether t is after u."),
    ("time.Time.Before", "func (t Time) Before(u Time) bool", "reports whether t is before u."),
    ("time.Time.Equal", "func (t Time) Equal(u Time) bool", "reports whether t and u are the same instant."),
    ("time.Time.IsZero", "func (t Time) IsZero() bool", "reports whether t is the zero Time."),
    ("time.Time.Sub", "func (t Time) Sub(u Time) Duration", "returns the duration t-u."),
    ("time.Time.Unix", "func (t Time) Unix() int64", "returns t as a count of seconds since the Unix epoch."),
    ("time.Time.UnixMicro", "func (t Time) UnixMicro() int64", "returns t as a count of microseconds since the Unix epoch."),
    ("time.Time.UnixMilli", "func (t Time) UnixMilli() int64", "returns t as a count of milliseconds since the Unix epoch."),
    ("time.Time.UnixNano", "func (t Time) UnixNano() int64", "returns t as a count of nanoseconds since the Unix epoch."),
    ("time.Timer", "type Timer struct { C <-chan Time; ... }", "sends the current time on C once, after its duration, unless stopped first."),
    ("time.Timer.C", "C <-chan Time", "is the channel on which the time is delivered."),
    ("time.Timer.Reset", "func (t *Timer) Reset(d Duration) bool", "changes the timer to expire after d; reports whether it had been active."),
    ("time.Timer.Stop", "func (t *Timer) Stop() bool", "prevents the timer from firing; reports whether the call stopped it."),
    ("time.Unix", "func Unix(sec int64, nsec int64) Time", "returns the Time sec seconds and nsec nanoseconds after the Unix epoch."),
    ("time.Until", "func Until(t Time) Duration", "returns the duration until t; shorthand for t.Sub(time.Now())."),
    ("unicode.Arabic", "var Arabic *RangeTable", "is the set of Unicode characters in the Arabic script."),
    ("unicode.Armenian", "var Armenian *RangeTable", "is the set of Unicode characters in the Armenian script."),
    ("unicode.Cyrillic", "var Cyrillic *RangeTable", "is the set of Unicode characters in the Cyrillic script."),
    ("unicode.Devanagari", "var Devanagari *RangeTable", "is the set of Unicode characters in the Devanagari script."),
    ("unicode.Georgian", "var Georgian *RangeTable", "is the set of Unicode characters in the Georgian script."),
    ("unicode.Greek", "var Greek *RangeTable", "is the set of Unicode characters in the Greek script."),
    ("unicode.Han", "var Han *RangeTable", "is the set of Unicode characters in the Han script."),
    ("unicode.Hangul", "var Hangul *RangeTable", "is the set of Unicode characters in the Hangul script."),
    ("unicode.Hebrew", "var Hebrew *RangeTable", "is the set of Unicode characters in the Hebrew script."),
    ("unicode.Hiragana", "var Hiragana *RangeTable", "is the set of Unicode characters in the Hiragana script."),
    ("unicode.In", "func In(r rune, ranges ...*RangeTable) bool", "reports whether the rune is a member of one of the ranges."),
    ("unicode.Is", "func Is(rangeTab *RangeTable, r rune) bool", "reports whether the rune is in the specified table of ranges."),
    ("unicode.IsControl", "func IsControl(r rune) bool", "reports whether the rune is a control character."),
    ("unicode.IsDigit", "func IsDigit(r rune) bool", "reports whether the rune is a decimal digit."),
    ("unicode.IsGraphic", "func IsGraphic(r rune) bool", "reports whether the rune is graphic: a letter, mark, number, punctuation, symbol or space."),
    ("unicode.IsLetter", "func IsLetter(r rune) bool", "reports whether the rune is a letter (category L)."),
    ("unicode.IsLower", "func IsLower(r rune) bool", "reports whether the rune is a lower case letter."),
    ("unicode.IsNumber", "func IsNumber(r rune) bool", "reports whether the rune is a number (category N)."),
    ("unicode.IsOneOf", "func IsOneOf(ranges []*RangeTable, r rune) bool", "reports whether the rune is a member of one of the ranges."),
    ("unicode.IsPrint", "func IsPrint(r rune) bool", "reports whether the rune is printable by Go: graphic, with ASCII space as the only space."),
    ("unicode.IsPunct", "func IsPunct(r rune) bool", "reports whether the rune is a punctuation character (category P)."),
    ("unicode.IsSpace", "func IsSpace(r rune) bool", "reports whether the rune is white space, such as '\\t', '\\n', ' ' or U+0085."),
    ("unicode.IsTitle", "func IsTitle(r rune) bool", "reports whether the rune is a title case letter."),
    ("unicode.IsUpper", "func IsUpper(r rune) bool", "reports whether the rune is an upper case letter."),
    ("unicode.Katakana", "var Katakana *RangeTable", "is the set of Unicode characters in the Katakana script."),
    ("unicode.Latin", "var Latin *RangeTable", "is the set of Unicode characters in the Latin script."),
    ("unicode.MaxASCII", "const MaxASCII = '\\u007F'", "is the maximum ASCII value."),
    ("unicode.MaxLatin1", "const MaxLatin1 = '\\u00FF'", "is the maximum Latin-1 value."),
    ("unicode.MaxRune", "const MaxRune = '\\U0010FFFF'", "is the maximum valid Unicode code point."),
    ("unicode.Range16", "type Range16 struct { Lo, Hi, Stride uint16 }", "is a range of 16-bit code points: Lo to Hi inclusive, in steps of Stride."),
    ("unicode.Range32", "type Range32 struct { Lo, Hi, Stride uint32 }", "is a range of 32-bit code points: Lo to Hi inclusive, in steps of Stride."),
    ("unicode.RangeTable", "type RangeTable struct { R16 []Range16; R32 []Range32; ... }", "defines a set of code points as sorted lists of ranges."),
    ("unicode.ReplacementChar", "const ReplacementChar = '\\uFFFD'", "represents invalid code points."),
    ("unicode.Thai", "var Thai *RangeTable", "is the set of Unicode characters in the Thai script."),
    ("unicode.ToLower", "func ToLower(r rune) rune", "maps the rune to lower case."),
    ("unicode.ToTitle", "func ToTitle(r rune) rune", "maps the rune to title case."),
    ("unicode.ToUpper", "func ToUpper(r rune) rune", "maps the rune to upper case."),
    ("utf8.AppendRune", "func AppendRune(p []byte, r rune) []byte", "appends the UTF-8 encoding of r to p and returns the extended slice."),
    ("utf8.DecodeLastRuneInString", "func DecodeLastRuneInString(s string) (rune, int)", "unpacks the last rune of s and its width; (RuneError, 1) if invalid."),
    ("utf8.DecodeRune", "func DecodeRune(p []byte) (rune, int)", "unpacks the first rune of p and its width; (RuneError, 1) if invalid."),
    ("utf8.DecodeRuneInString", "func DecodeRuneInString(s string) (rune, int)", "unpacks the first rune of s and its width; (RuneError, 1) if invalid."),
    ("utf8.EncodeRune", "func EncodeRune(p []byte, r rune) int", "writes the UTF-8 encoding of r into p (which must fit it) and returns its length."),
    ("utf8.FullRune", "func FullRune(p []byte) bool", "reports whether p begins with a full UTF-8 encoding of a rune."),
    ("utf8.FullRuneInString", "func FullRuneInString(s string) bool", "reports whether s begins with a full UTF-8 encoding of a rune."),
    ("utf8.MaxRune", "const MaxRune = '\\U0010FFFF'", "is the maximum valid Unicode code point."),
    ("utf8.RuneCount", "func RuneCount(p []byte) int", "returns the number of runes in p; invalid bytes count as one each."),
    ("utf8.RuneCountInString", "func RuneCountInString(s string) (n int)", "returns the number of runes in s; invalid bytes count as one each."),
    ("utf8.RuneError", "const RuneError = '\\uFFFD'", "is the \"error\" rune, the Unicode replacement character."),
    ("utf8.RuneLen", "func RuneLen(r rune) int", "returns the number of bytes in the UTF-8 encoding of r, or -1 if r is invalid."),
    ("utf8.RuneSelf", "const RuneSelf = 0x80", "is the bound below which a byte is a rune by itself (ASCII)."),
    ("utf8.UTFMax", "const UTFMax = 4", "is the maximum number of bytes of a UTF-8 encoded rune."),
    ("utf8.Valid", "func Valid(p []byte) bool", "reports whether p consists entirely of valid UTF-8 runes."),
    ("utf8.ValidRune", "func ValidRune(r rune) bool", "reports whether r can be encoded as UTF-8 (not a surrogate nor out of range)."),
    ("utf8.ValidString", "func ValidString(s string) bool", "reports whether s consists entirely of valid UTF-8 runes."),
];

/// The (signature, summary) documented for `name` (`strings.ToUpper`, `sync.Mutex.Lock`, `len`).
pub fn lookup(name: &str) -> Option<(&'static str, &'static str)> {
    DOCS.binary_search_by(|(n, _, _)| (*n).cmp(name))
        .ok()
        .map(|i| (DOCS[i].1, DOCS[i].2))
}

/// Every documented name, in sorted order.
pub fn names() -> impl Iterator<Item = &'static str> {
    DOCS.iter().map(|(n, _, _)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stdlib::sources::{package_source, SOURCES};

    /// A declaration found in a package's source: a package-level name (`Name`), or a member of
    /// type `T`: a method (`T.M`, declared with a receiver or in an interface) or a field.
    #[derive(Debug, PartialEq)]
    enum Decl {
        Top(String),
        Method(String, String),
        Field(String, String),
    }

    /// The import path of the package called `pkg` in code.
    fn import_path(pkg: &str) -> &str {
        match pkg {
            "fs" => "io/fs",
            "debug" => "runtime/debug",
            "atomic" => "sync/atomic",
            "utf8" => "unicode/utf8",
            p => p,
        }
    }

    /// The identifier `s` starts with ("" if none).
    fn ident(s: &str) -> &str {
        let end = s
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(s.len());
        &s[..end]
    }

    /// The comma-separated identifiers `s` starts with (`a, b int` → `[a, b]`).
    fn idents(mut s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        loop {
            let id = ident(s);
            if id.is_empty() {
                return out;
            }
            out.push(id);
            s = s[id.len()..].trim_start();
            match s.strip_prefix(',') {
                Some(rest) => s = rest.trim_start(),
                None => return out,
            }
        }
    }

    /// The declarations of a gofmt-formatted Go file (declarations start in column 0; blocks end
    /// with `)` or `}` in column 0), read line by line.
    fn decls(src: &str) -> Vec<Decl> {
        let mut out = Vec::new();
        // Inside `const (`/`var (` (Some(None)) or the body of `type T struct|interface {`.
        let mut block: Option<Option<String>> = None;
        for line in src.lines() {
            match &block {
                Some(_) if line.starts_with(')') || line.starts_with('}') => block = None,
                Some(None) => {
                    out.extend(idents(line.trim()).into_iter().map(|n| Decl::Top(n.into())))
                }
                Some(Some(t)) => {
                    let l = line.trim();
                    for n in idents(l) {
                        let rest = l[ident(l).len()..].trim_start();
                        out.push(if rest.starts_with('(') {
                            Decl::Method(t.clone(), n.into())
                        } else {
                            Decl::Field(t.clone(), n.into())
                        });
                    }
                }
                None => {
                    if let Some(rest) = line.strip_prefix("func (") {
                        let Some((recv, after)) = rest.split_once(')') else {
                            continue;
                        };
                        let typ = recv
                            .split_whitespace()
                            .last()
                            .unwrap_or("")
                            .trim_start_matches('*');
                        let m = ident(after.trim_start());
                        out.push(Decl::Method(typ.into(), m.into()));
                    } else if let Some(rest) = line.strip_prefix("func ") {
                        out.push(Decl::Top(ident(rest).into()));
                    } else if let Some(rest) = line.strip_prefix("type ") {
                        let t = ident(rest);
                        out.push(Decl::Top(t.into()));
                        if line.ends_with('{') {
                            block = Some(Some(t.into()));
                        }
                    } else if line == "const (" || line == "var (" {
                        block = Some(None);
                    } else if let Some(rest) =
                        line.strip_prefix("const ").or(line.strip_prefix("var "))
                    {
                        out.extend(idents(rest).into_iter().map(|n| Decl::Top(n.into())));
                    }
                }
            }
        }
        out
    }

    fn exported(name: &str) -> bool {
        name.starts_with(|c: char| c.is_ascii_uppercase())
    }

    #[test]
    fn table_is_sorted_and_unique() {
        for w in DOCS.windows(2) {
            assert!(
                w[0].0 < w[1].0,
                "DOCS out of order or duplicated: {} then {}",
                w[0].0,
                w[1].0
            );
        }
    }

    #[test]
    fn lookup_finds_every_entry_and_nothing_else() {
        for (n, sig, summary) in DOCS {
            assert_eq!(lookup(n), Some((*sig, *summary)), "{n}");
        }
        assert_eq!(names().count(), DOCS.len());
        for missing in [
            "strings.toUpper",
            "strings",
            "",
            "zzz",
            "strings.Builder.Nope",
        ] {
            assert_eq!(lookup(missing), None, "{missing}");
        }
    }

    /// The parser the next two tests rely on sees each kind of declaration, and only those.
    #[test]
    fn decls_reads_each_kind_of_declaration() {
        let src = "package p\n\nconst (\n\tA, B = 1, 2\n\tc T = 3\n)\n\nvar V = f()\n\n\
                   type S struct {\n\tF, G int\n}\n\ntype I interface {\n\tM() int\n}\n\n\
                   func (s *S) Get() int { return 0 }\nfunc (s S) put(x int) {}\n\
                   func Fn(x int) {\n\t}\n";
        let shown: Vec<String> = decls(src)
            .into_iter()
            .map(|d| match d {
                Decl::Top(n) => n,
                Decl::Method(t, m) => format!("{t}.{m}()"),
                Decl::Field(t, f) => format!("{t}.{f}"),
            })
            .collect();
        assert_eq!(
            shown.join(" "),
            "A B c V S S.F S.G I I.M() S.Get() S.put() Fn"
        );
    }

    /// What an entry's name says gorun provides, it declares: `pkg.Name` at package level,
    /// `pkg.Type.Member` as a method or field of that type; bare names are builtins the checker
    /// knows (a non-builtin would be "undefined").
    #[test]
    fn every_entry_is_declared() {
        let mut wrong = Vec::new();
        for (name, sig, _) in DOCS {
            let parts: Vec<&str> = name.split('.').collect();
            let found = match parts.as_slice() {
                [builtin] => {
                    let src = format!("package main\n\nfunc main() {{\n\t_ = {builtin}\n}}\n");
                    let stdlib: crate::types::PackageSource = package_source;
                    match crate::types::check_program("a.go", &src, stdlib) {
                        Ok(_) => false,
                        Err((sm, d)) => !crate::diag::render_plain(&sm, &d).contains("undefined"),
                    }
                }
                [pkg, rest @ ..] => {
                    let src = package_source(import_path(pkg)).map_or("", |(_, text)| text);
                    let d = decls(src);
                    let declared = match rest {
                        [n] => d.contains(&Decl::Top(n.to_string())),
                        [t, m] => {
                            d.contains(&Decl::Method(t.to_string(), m.to_string()))
                                || d.contains(&Decl::Field(t.to_string(), m.to_string()))
                        }
                        _ => false,
                    };
                    declared
                        && src.contains(&format!("\npackage {pkg}\n"))
                        && rest.iter().all(|n| exported(n))
                }
                [] => false,
            };
            // The signature names the entry (`func Name(`, `type Name `, `func (x T) Name(`, ...).
            let last = parts[parts.len() - 1];
            let named = sig
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .any(|w| w == last);
            if !found || !named {
                wrong.push(*name);
            }
        }
        assert!(
            wrong.is_empty(),
            "undeclared in gorun's stdlib, or not named by the signature: {wrong:?}"
        );
    }

    /// Every exported package-level name, and every exported method of an exported type, of every
    /// standard package has an entry (fields are documented where useful, not required).
    #[test]
    fn every_exported_declaration_is_documented() {
        let mut missing = Vec::new();
        for (path, _, text) in SOURCES {
            let pkg = path.rsplit('/').next().unwrap_or(path);
            for d in decls(text) {
                let key = match d {
                    Decl::Top(n) if exported(&n) => format!("{pkg}.{n}"),
                    Decl::Method(t, m) if exported(&t) && exported(&m) => format!("{pkg}.{t}.{m}"),
                    _ => continue,
                };
                if lookup(&key).is_none() {
                    missing.push(key);
                }
            }
        }
        assert!(
            missing.is_empty(),
            "undocumented (add a line to DOCS): {missing:?}"
        );
    }
}
