using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        string word = "Headlamp";
        for (int i = 0; i < word.Length; i++)
            Console.Write(word[i] + (i < word.Length - 1 ? "." : "\n"));
        foreach (char ch in word)
            Console.Write((int)ch + " ");
        Console.WriteLine();
        char[] arr = word.ToCharArray();
        Array.Reverse(arr);
        Console.WriteLine(new string(arr));
        Console.WriteLine(arr.Length);
        var vowels = new List<char>();
        foreach (var ch in word.ToLower())
            if ("aeiou".IndexOf(ch) >= 0)
                vowels.Add(ch);
        Console.WriteLine(string.Join("", vowels));
        Console.WriteLine(string.Concat(vowels));
        Console.WriteLine(new string('-', word.Length));
        bool isPalindrome(string s)
        {
            for (int i = 0, j = s.Length - 1; i < j; i++, j--)
                if (s[i] != s[j])
                    return false;
            return true;
        }
        Console.WriteLine(isPalindrome("racecar"));
        Console.WriteLine(isPalindrome(word));
        Console.WriteLine(word.IndexOfAny(new[] { 'l', 'm' }));
    }
}
