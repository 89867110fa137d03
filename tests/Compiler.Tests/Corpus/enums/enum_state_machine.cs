using System;
using System.Collections.Generic;

public static class Program
{
    enum State { Idle, Connecting, Connected, Draining, Closed }
    enum Signal { Dial, Ack, Fail, Drain, Done }

    static State Next(State s, Signal e) => (s, e) switch
    {
        (State.Idle, Signal.Dial) => State.Connecting,
        (State.Connecting, Signal.Ack) => State.Connected,
        (State.Connecting, Signal.Fail) => State.Idle,
        (State.Connected, Signal.Drain) => State.Draining,
        (State.Draining, Signal.Done) => State.Closed,
        (_, Signal.Fail) => State.Closed,
        _ => s,
    };

    public static void Main()
    {
        var state = State.Idle;
        var history = new List<string> { state.ToString() };
        foreach (var e in new[] { Signal.Dial, Signal.Fail, Signal.Dial, Signal.Ack, Signal.Ack, Signal.Drain, Signal.Done, Signal.Dial })
        {
            state = Next(state, e);
            history.Add($"{e}->{state}");
        }
        Console.WriteLine(string.Join(" ", history));
        Console.WriteLine(state == State.Closed);
        Console.WriteLine(Next(State.Connected, Signal.Fail));
    }
}
