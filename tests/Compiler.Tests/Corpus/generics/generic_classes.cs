using System;
using System.Collections.Generic;

public static class Program
{
    sealed class Stack<T>
    {
        private readonly List<T> items = new();
        public int Count => items.Count;
        public void Push(T item) => items.Add(item);
        public T Pop()
        {
            if (items.Count == 0)
                throw new InvalidOperationException("stack is empty");
            var top = items[items.Count - 1];
            items.RemoveAt(items.Count - 1);
            return top;
        }
        public T Peek() => items[items.Count - 1];
    }

    sealed class Pair<TFirst, TSecond>
    {
        public Pair(TFirst first, TSecond second) { First = first; Second = second; }
        public TFirst First { get; }
        public TSecond Second { get; }
        public Pair<TSecond, TFirst> Flip() => new(Second, First);
        public override string ToString() => $"({First}, {Second})";
    }

    sealed class Result<T>
    {
        private Result(T? value, string? error) { Value = value; Error = error; }
        public T? Value { get; }
        public string? Error { get; }
        public bool Ok => Error == null;
        public static Result<T> Success(T value) => new(value, null);
        public static Result<T> Failure(string error) => new(default, error);
        public Result<TOut> Map<TOut>(Func<T, TOut> f) => Ok ? Result<TOut>.Success(f(Value!)) : Result<TOut>.Failure(Error!);
    }

    public static void Main()
    {
        var stack = new Stack<string>();
        stack.Push("a");
        stack.Push("b");
        Console.WriteLine(stack.Peek() + " " + stack.Count);
        Console.WriteLine(stack.Pop() + stack.Pop());
        try
        {
            stack.Pop();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        var pair = new Pair<string, int>("port", 80);
        Console.WriteLine(pair + " " + pair.Flip());
        var ok = Result<int>.Success(21).Map(x => x * 2).Map(x => "answer " + x);
        var bad = Result<int>.Failure("no data").Map(x => x * 2);
        Console.WriteLine(ok.Ok + " " + ok.Value);
        Console.WriteLine(bad.Ok + " " + bad.Error);
    }
}
