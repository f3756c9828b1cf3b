MATCH p = shortestPath((a:Country)-[:MEMBER_OF]->(b)) RETURN p
