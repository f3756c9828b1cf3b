OPTIONAL MATCH (a:Country {name: 'Atlantis'}) CREATE (a)-[:T]->(:X)
