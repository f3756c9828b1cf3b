WITH 1 AS p RETURN 'a' =~ p
