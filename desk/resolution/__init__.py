"""What the customer is offered: remedies, authority limits and approval, the signed slip."""
