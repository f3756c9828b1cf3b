RETURN count(*), COUNT( * ), count(n), count(DISTINCT n.x), sum(n.x), toUpper(n.name),
       rand(), coalesce(a, b, c), apoc.coll.sum([1, 2]), my.deeply.nested.fn(1),
       `weird fn`(1), exists(n.name), size([1])
