using System;
using System.Collections.Generic;
using System.Linq;

// A record’s ToString prints char and enum members as characters and names.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(new Note('g', Tone.High));
        Console.WriteLine(new Note('g', Tone.High) == new Note('g', Tone.High));
    }
}

enum Tone { Low, High }
record Note(char Letter, Tone Pitch);
