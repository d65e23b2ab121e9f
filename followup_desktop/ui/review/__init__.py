"""The Review tab: persistence pays, given up too early, the week in numbers (and its
one-page printout)."""
