MATCH ()-[r]->() MATCH (r) RETURN r
