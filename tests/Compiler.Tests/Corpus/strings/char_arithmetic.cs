using System;

public static class Program
{
    public static void Main()
    {
        char c = 'a';
        Console.WriteLine(c);
        Console.WriteLine(c + 1);
        Console.WriteLine((char)(c + 1));
        c++;
        Console.WriteLine(c);
        Console.WriteLine('z' - 'a');
        Console.WriteLine("x" + 'y');
        Console.WriteLine('x' + "y");
        Console.WriteLine('x' + 'y');
        Console.WriteLine($"{'q'}");
        string digits = "4096";
        int value = 0;
        foreach (char d in digits)
            value = value * 10 + (d - '0');
        Console.WriteLine(value);
        Console.WriteLine(char.IsDigit('7'));
        Console.WriteLine(char.IsLetter('7'));
        Console.WriteLine(char.IsLetterOrDigit('_'));
        Console.WriteLine(char.IsUpper('Q'));
        Console.WriteLine(char.IsLower('Q'));
        Console.WriteLine(char.IsWhiteSpace('\t'));
        Console.WriteLine(char.ToUpper('m'));
        Console.WriteLine(char.ToLower('M'));
        Console.WriteLine(char.ToUpperInvariant('k'));
        char[] letters = new char[5];
        for (int i = 0; i < letters.Length; i++)
            letters[i] = (char)('A' + i * 2);
        Console.WriteLine(new string(letters));
        Console.WriteLine(letters[2] == 'E');
        Console.WriteLine('a' < 'b');
        Console.WriteLine(c.ToString() + c);
        Console.WriteLine(char.IsAsciiHexDigit('f'));
        int upperCount = 0;
        foreach (var ch in "Kmesh Headlamp Plugin")
            if (char.IsUpper(ch))
                upperCount++;
        Console.WriteLine(upperCount);
    }
}
