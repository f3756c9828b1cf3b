WITH 'SIDEWAYS' AS mode RETURN round(1.5, 0, mode)
