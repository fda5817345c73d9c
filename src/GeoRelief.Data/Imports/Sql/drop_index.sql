DROP INDEX georelief.{index}
