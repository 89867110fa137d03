using System;
using System.Collections.Generic;

public static class Program
{
    abstract class Animal { public abstract string Speak(); }
    sealed class Cat : Animal { public override string Speak() => "meow"; }
    sealed class Dog : Animal { public override string Speak() => "woof"; }

    interface IProducer<out T> { T Produce(); }
    sealed class CatFactory : IProducer<Cat> { public Cat Produce() => new Cat(); }

    static string Chorus(IEnumerable<Animal> animals)
    {
        var sounds = new List<string>();
        foreach (var a in animals)
            sounds.Add(a.Speak());
        return string.Join(" ", sounds);
    }

    public static void Main()
    {
        var cats = new List<Cat> { new(), new() };
        Console.WriteLine(Chorus(cats));
        Console.WriteLine(Chorus(new Animal[] { new Dog(), new Cat() }));
        IProducer<Animal> producer = new CatFactory();
        Console.WriteLine(producer.Produce().Speak());
        Func<Animal> make = () => new Dog();
        Func<object> asObject = make;
        Console.WriteLine(((Animal)asObject()).Speak());
    }
}
