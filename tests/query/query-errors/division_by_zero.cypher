WITH 0 AS zero RETURN 1 / zero
