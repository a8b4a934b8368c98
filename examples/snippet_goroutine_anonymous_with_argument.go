func main() {
    go func(msg string) {
        fmt.Println(msg)
    }("Hello from anonymous goroutine")
    time.Sleep(time.Second)
}
