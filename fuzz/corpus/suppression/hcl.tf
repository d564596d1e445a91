provider "aws" {
  region = "us-east-1" # regionlens-disable-line RL0001 -- pinned
  // regionlens-disable-next-line RL0005
  alias  = "east"
}
/* regionlens-disable-next-line RL0001,RL0002 -- multi */
