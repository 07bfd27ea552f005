"""Transfer assessment: the regime guidelines as rules that judge a proposed transfer, each reason cited."""
