using System;

public static class Program
{
    record Event(string Type, string Reason, int Count);

    static void Handle(object message)
    {
        switch (message)
        {
            case Event { Type: "Warning", Count: > 3 } e:
                Console.WriteLine("repeated warning: " + e.Reason);
                break;
            case Event { Type: "Warning" } e:
                Console.WriteLine("warning: " + e.Reason);
                break;
            case Event e when e.Reason.Contains("Pull"):
                Console.WriteLine("image event x" + e.Count);
                break;
            case Event:
                Console.WriteLine("normal event");
                break;
            case string s when s.Length == 0:
                Console.WriteLine("empty text");
                break;
            case string s:
                Console.WriteLine("text: " + s);
                break;
            case null:
                Console.WriteLine("null message");
                break;
            default:
                Console.WriteLine("unhandled");
                break;
        }
    }

    public static void Main()
    {
        Handle(new Event("Warning", "BackOff", 5));
        Handle(new Event("Warning", "FailedMount", 1));
        Handle(new Event("Normal", "Pulling", 2));
        Handle(new Event("Normal", "Started", 1));
        Handle("");
        Handle("hello");
        Handle(null!);
        Handle(3.5);
    }
}
