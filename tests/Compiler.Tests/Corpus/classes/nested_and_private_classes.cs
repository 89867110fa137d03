using System;
using System.Collections.Generic;

public static class Program
{
    sealed class Tree
    {
        private sealed class TreeNode
        {
            public TreeNode(int value) { Value = value; }
            public int Value { get; }
            public TreeNode? Left { get; set; }
            public TreeNode? Right { get; set; }
        }

        private TreeNode? root;
        public int Count { get; private set; }

        public void Insert(int value)
        {
            Count++;
            if (root == null) { root = new TreeNode(value); return; }
            var node = root;
            while (true)
            {
                if (value < node.Value)
                {
                    if (node.Left == null) { node.Left = new TreeNode(value); return; }
                    node = node.Left;
                }
                else
                {
                    if (node.Right == null) { node.Right = new TreeNode(value); return; }
                    node = node.Right;
                }
            }
        }

        public List<int> InOrder()
        {
            var result = new List<int>();
            void Walk(TreeNode? n)
            {
                if (n == null) return;
                Walk(n.Left);
                result.Add(n.Value);
                Walk(n.Right);
            }
            Walk(root);
            return result;
        }

        public int Height() => HeightOf(root);
        private static int HeightOf(TreeNode? n) => n == null ? 0 : 1 + Math.Max(HeightOf(n.Left), HeightOf(n.Right));
    }

    public static void Main()
    {
        var tree = new Tree();
        foreach (var v in new[] { 50, 30, 70, 20, 40, 60, 80, 35 })
            tree.Insert(v);
        Console.WriteLine(string.Join(" ", tree.InOrder()));
        Console.WriteLine(tree.Count + " " + tree.Height());
    }
}
