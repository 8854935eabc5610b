-- Checks every foreign key by hand, since generate.sql loads with triggers (and so FK checks) off:
--   psql -f bench/verify-fks.sql   prints one line per foreign key with the rows that break it (should be none).
\set ON_ERROR_STOP on
do $$
declare
    fk record;
    broken bigint;
    total bigint := 0;
begin
    for fk in
        select con.conname, con.conrelid::regclass as child, con.confrelid::regclass as parent,
               (select string_agg(format('c.%I', a.attname), ', ' order by k.n)
                from unnest(con.conkey) with ordinality k(attnum, n)
                join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum) as child_cols,
               (select string_agg(format('p.%I', a.attname), ', ' order by k.n)
                from unnest(con.confkey) with ordinality k(attnum, n)
                join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum) as parent_cols,
               (select string_agg(format('c.%I is not null', a.attname), ' and ')
                from unnest(con.conkey) k(attnum)
                join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum) as not_null
        from pg_constraint con
        where con.contype = 'f' and con.connamespace = 'public'::regnamespace
        order by 2, 1
    loop
        execute format('select count(*) from %s c where %s and not exists (select 1 from %s p where (%s) = (%s))',
                       fk.child, fk.not_null, fk.parent, fk.parent_cols, fk.child_cols) into broken;
        total := total + broken;
        if broken > 0 then
            raise warning '% on %: % rows without a parent', fk.conname, fk.child, broken;
        end if;
    end loop;
    raise notice 'foreign keys checked: % broken rows', total;
end $$;
