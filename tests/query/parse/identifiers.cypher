MATCH (`a node`:`The Label` {`odd key`: 1})-[`the rel`]->(`x``y`), (ünïcödé:Straße)
RETURN `a node`.`odd key`, `x``y`, ünïcödé, _underscore, a1b2
