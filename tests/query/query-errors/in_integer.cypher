WITH 2 AS list RETURN 1 IN list
