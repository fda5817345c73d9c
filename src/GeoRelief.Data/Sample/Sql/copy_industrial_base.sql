COPY georelief.industrial_base (id, name, kind, jobs, poor_employed, dividend_households, investment_wan_yuan,
                                beneficiary_codes, geom) FROM STDIN (FORMAT BINARY)
