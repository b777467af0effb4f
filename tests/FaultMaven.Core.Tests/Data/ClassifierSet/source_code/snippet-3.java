package com.acme.orders;

import java.util.List;

public class OrderService {
    private final OrderRepository repository;

    public OrderService(OrderRepository repository) {
        this.repository = repository;
    }

    public List<Order> recent(int limit) {
        return repository.findRecent(limit);
    }
}
