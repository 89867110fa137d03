using System;
using System.Collections.Generic;
using CSharpToJs.Interop;
using Headlamp.Bindings;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>Something a view publishes for its table's cells to read live.</summary>
public abstract class LiveSource
{
    private readonly List<Action> listeners = new List<Action>();

    public int Version { get; private set; }

    public void Subscribe(Action listener) => listeners.Add(listener);

    public void Unsubscribe(Action listener) => listeners.Remove(listener);

    protected void Changed()
    {
        Version++;
        foreach (Action listener in listeners.ToArray()) listener();
    }
}

public sealed class LiveValue<T> : LiveSource where T : class
{
    public T? Value { get; private set; }

    /// <summary>A hook: one live value per component, given <paramref name="value"/> after each render in which one
    /// of <paramref name="changes"/> changed (cells subscribed to it redraw then).</summary>
    public static LiveValue<T> Use(T value, object?[] changes)
    {
        LiveValue<T> live = React.UseMemo(() => new LiveValue<T>(), new object?[0]);
        React.UseEffect(() => live.Publish(value), changes);
        return live;
    }

    public void Publish(T value)
    {
        if (ReferenceEquals(value, Value)) return;
        Value = value;
        Changed();
    }
}

[ObjectLiteral]
public sealed class LiveCellProps
{
    public LiveSource? Source { get; set; }
    public Func<ReactElement?>? Draw { get; set; }
}

/// <summary>A table cell drawn from a <see cref="LiveSource"/>. Headlamp's table keeps a row's cells until its data
/// changes, so a cell whose content changes on its own (traffic sampled every 10 s) redraws itself when the source
/// changes, instead of the view handing the table new rows (which would rebuild every row and reset its state).</summary>
public static class LiveCell
{
    public static readonly Func<LiveCellProps, ReactElement?> Component = Render;

    public static ReactElement Of(LiveSource source, Func<ReactElement?> draw) =>
        El.Component(Component, new LiveCellProps { Source = source, Draw = draw });

    private static ReactElement? Render(LiveCellProps props)
    {
        LiveSource source = props.Source!;
        var (_, setVersion) = React.UseState<int>(source.Version);
        React.UseEffect(() =>
        {
            Action changed = () => setVersion(source.Version);
            source.Subscribe(changed);
            return () => source.Unsubscribe(changed);
        }, new object?[] { source });
        return props.Draw!();
    }
}
