MATCH (n:Match {return: 1, where: 2})-[:ORDER|LIMIT]->(`match`)
WHERE n.return = n.where AND n.null IS NULL
RETURN n.as AS `as`, {match: 1, case: 2}.case AS `case`, count
