-- Every readiness criterion is rated from the plan's own data, so founders' self-assessments
-- were never read by the score any more (and could not be written since every section was
-- connected). Their table goes; the index and foreign key go with it.
DROP TABLE "ReadinessSelfAssessment";
