MATCH (a:Country) MATCH ()-[a]->() RETURN a
