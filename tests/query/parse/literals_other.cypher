RETURN true, false, null, TRUE, False, NULL, nUlL,
       [], [1, 'two', [3.0, null]], {}, {a: 1, b: [2], c: {d: 'e'}},
       {`key with space`: 1, match: 2, RETURN: 3, `1st`: 4},
       $name, $0, $`param name`, $Name
