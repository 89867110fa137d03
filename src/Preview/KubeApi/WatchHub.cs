using System.Collections.Generic;
using System.Threading.Channels;

namespace Kmesh.Preview.KubeApi;

/// <summary>One change to an object: MODIFIED, DELETED (or ADDED for a create), with the object as it now is.</summary>
public sealed record WatchChange(ResourceType Type, string EventType, StoredObject Object);

/// <summary>Fans the store's changes out to the open watches of each resource type.</summary>
public sealed class WatchHub
{
    private readonly object gate = new();
    private const int HistoryLimit = 1000;
    private readonly List<(ResourceType Type, Channel<WatchChange> Channel)> watchers = new();
    private readonly List<WatchChange> history = new();

    /// <summary>Deletions after <paramref name="resourceVersion"/>: a watch resumed from a list's resourceVersion must
    /// hear about objects that disappeared meanwhile (the current state alone cannot tell it).</summary>
    public List<WatchChange> DeletedSince(ResourceType type, long resourceVersion)
    {
        lock (gate)
        {
            return history.FindAll(c => c.Type == type && c.EventType == "DELETED" && c.Object.ResourceVersion > resourceVersion);
        }
    }

    public ChannelReader<WatchChange> Subscribe(ResourceType type, out System.Action unsubscribe)
    {
        var channel = Channel.CreateUnbounded<WatchChange>();
        lock (gate)
        {
            watchers.Add((type, channel));
        }
        unsubscribe = () =>
        {
            lock (gate)
            {
                watchers.RemoveAll(w => w.Channel == channel);
            }
            channel.Writer.TryComplete();
        };
        return channel.Reader;
    }

    public void Publish(WatchChange change)
    {
        lock (gate)
        {
            history.Add(change);
            if (history.Count > HistoryLimit)
            {
                history.RemoveAt(0);
            }
            foreach (var (type, channel) in watchers)
            {
                if (type == change.Type)
                {
                    channel.Writer.TryWrite(change);
                }
            }
        }
    }
}
