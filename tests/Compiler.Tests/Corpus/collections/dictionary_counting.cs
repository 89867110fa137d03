using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        string text = "the quick brown fox jumps over the lazy dog the end";
        var counts = new Dictionary<string, int>();
        foreach (var word in text.Split(' '))
        {
            counts.TryGetValue(word, out var n);
            counts[word] = n + 1;
        }
        foreach (var pair in counts)
            Console.WriteLine($"{pair.Key} {pair.Value}");
        var firstLetters = new Dictionary<char, List<string>>();
        foreach (var word in text.Split(' '))
        {
            if (!firstLetters.TryGetValue(word[0], out var bucket))
            {
                bucket = new List<string>();
                firstLetters[word[0]] = bucket;
            }
            if (!bucket.Contains(word))
                bucket.Add(word);
        }
        foreach (var (letter, words) in firstLetters)
            Console.WriteLine(letter + ": " + string.Join("/", words));
        var tally = new Dictionary<int, int>();
        foreach (var x in new[] { 3, 1, 3, 3, 2, 1 })
            tally[x] = tally.GetValueOrDefault(x) + 1;
        foreach (var kv in tally)
            Console.WriteLine(kv);
    }
}
