-- Jobs of every industrial base that reports them.
SELECT jobs::float8 FROM georelief.industrial_base WHERE jobs IS NOT NULL;
