using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CSharpToJs.Tests.Differential;

/// <summary>
/// Runs a native sample on one thread with virtual time, the way the JavaScript leg runs under Jint: continuations
/// run in the order they are posted, and <c>Task.Delay</c> (rewritten to <see cref="Delay(int)"/> in the sample)
/// completes by due time, ties in creation order, without real waiting. This makes async samples deterministic
/// natively even on a loaded machine.
/// </summary>
public sealed class VirtualClock : SynchronizationContext
{
    [ThreadStatic] private static VirtualClock? current;

    private readonly object gate = new();
    private readonly Queue<(SendOrPostCallback Callback, object? State)> ready = new();
    private readonly List<(long Due, long Id, TaskCompletionSource Completion)> timers = new();
    private long now;
    private long nextTimerId;

    public static Task Delay(TimeSpan delay) => Delay((int)delay.TotalMilliseconds);

    public static Task Delay(int milliseconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(milliseconds, -1);
        var clock = current ?? throw new InvalidOperationException("Task.Delay outside VirtualClock.Run");
        if (milliseconds == 0)
            return Task.CompletedTask;
        var completion = new TaskCompletionSource();
        lock (clock.gate)
            clock.timers.Add((clock.now + milliseconds, clock.nextTimerId++, completion));
        return completion.Task;
    }

    /// <summary>Calls <paramref name="start"/> (a Main) and pumps until the task it returns has completed; rethrows
    /// its exception. Timers still pending when Main completes never fire, as in a process that exits.</summary>
    public static void Run(Func<Task?> start)
    {
        var clock = new VirtualClock();
        var previous = Current;
        SetSynchronizationContext(clock);
        current = clock;
        try
        {
            var task = start();
            while (task is not null && !task.IsCompleted || clock.HasReadyWork())
            {
                if (clock.TryRunNext())
                    continue;
                if (task is null || task.IsCompleted)
                    break;
                if (!clock.FireNextTimer())
                    clock.WaitForPostFromAnotherThread();
            }
            task?.GetAwaiter().GetResult();
        }
        finally
        {
            current = null;
            SetSynchronizationContext(previous);
        }
    }

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (gate)
        {
            ready.Enqueue((d, state));
            Monitor.PulseAll(gate);
        }
    }

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    private bool HasReadyWork()
    {
        lock (gate)
            return ready.Count > 0;
    }

    private bool TryRunNext()
    {
        (SendOrPostCallback Callback, object? State) next;
        lock (gate)
            if (!ready.TryDequeue(out next))
                return false;
        next.Callback(next.State);
        return true;
    }

    private bool FireNextTimer()
    {
        TaskCompletionSource completion;
        lock (gate)
        {
            if (timers.Count == 0)
                return false;
            var earliest = 0;
            for (var i = 1; i < timers.Count; i++)
                if (timers[i].Due < timers[earliest].Due || timers[i].Due == timers[earliest].Due && timers[i].Id < timers[earliest].Id)
                    earliest = i;
            now = timers[earliest].Due;
            completion = timers[earliest].Completion;
            timers.RemoveAt(earliest);
        }
        completion.SetResult();
        return true;
    }

    private void WaitForPostFromAnotherThread()
    {
        lock (gate)
            if (ready.Count == 0 && !Monitor.Wait(gate, TimeSpan.FromSeconds(30)))
                throw new TimeoutException("the sample waits for something that never completes");
    }
}
