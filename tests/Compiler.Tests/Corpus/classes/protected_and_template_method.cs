using System;
using System.Text;

public static class Program
{
    abstract class Renderer
    {
        private readonly StringBuilder output = new();
        protected int Indent { get; private set; }

        protected void Line(string text) => output.Append(new string(' ', Indent * 2)).Append(text).Append('\n');
        protected void Nest(Action body)
        {
            Indent++;
            body();
            Indent--;
        }

        protected abstract void RenderBody();
        protected virtual string Title => "untitled";

        public string Render()
        {
            Line("# " + Title);
            Nest(RenderBody);
            Line("# end");
            return output.ToString();
        }
    }

    sealed class NodeRenderer : Renderer
    {
        protected override string Title => "nodes";
        protected override void RenderBody()
        {
            Line("node-a");
            Nest(() =>
            {
                Line("kmesh: ready");
                Line("pods: 12");
            });
            Line("node-b");
        }
    }

    public static void Main()
    {
        Console.Write(new NodeRenderer().Render());
    }
}
