"""Memos in the window: the memo dialog, the memo browser, and the flow that wires them."""
