"""Learning from the user: corrections, the personal model and what became of every draft.

`labels` maps the mail-client keywords to labels, `state` keeps corrections and draft outcomes in
the local state database, `outcomes` decides sent/edited/discarded from what the server holds, and
`personal` trains and finds the personal model. Network work lives in `daemon/feedback.py`.
"""
