-- Longitude/latitude extent of one layer ({table} from LayerCatalog); no row values when the layer is empty.
SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
FROM (SELECT ST_Extent(geom) AS e FROM georelief.{table}) s
WHERE e IS NOT NULL;
