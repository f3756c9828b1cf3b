RETURN all(x IN list WHERE x > 0),
       ANY(x IN list WHERE x = 'a'),
       none(x IN [1, 2] WHERE x IS NULL),
       single(x IN list WHERE x),
       all(x IN list),
       any(list)
