RETURN CASE WHEN n.x > 1 THEN 'big' WHEN n.x > 0 THEN 'small' ELSE 'none' END AS generic,
       CASE n.kind WHEN 'a' THEN 1 WHEN 'b' THEN 2 END AS simple,
       case when x then case y when 1 then 2 end end AS nested
