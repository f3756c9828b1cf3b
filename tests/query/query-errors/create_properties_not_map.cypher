// params: {p: 42}
CREATE (n:T $p)
