// regionlens-disable-next-line RL0001 -- the table is single-region by design, until=2027-01-01
var client = new AmazonDynamoDBClient(RegionEndpoint.USEast1);
var s = "not // a comment"; /* regionlens-disable-line RL0002 block */
var raw = """
  // regionlens-disable-next-line RL0003 inside a raw string
  """;
var v = @"verbatim ""quoted"" // still a string";
