RETURN any(x IN [1, 2] WHERE x + 1)
