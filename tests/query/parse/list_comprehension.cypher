RETURN [x IN range(1, 10) WHERE x % 2 = 0 | x * x] AS full,
       [x IN list WHERE x > 1] AS filtered,
       [x IN list | x.name] AS mapped,
       [x IN list] AS copied,
       [x IN [y IN list | y + 1] WHERE x IN [1, 2]] AS nested
