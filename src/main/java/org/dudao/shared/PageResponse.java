package org.dudao.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** The JSON shape of one page of a query result: stable, whatever Spring Data's own serialization does. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<? super E, ? extends T> mapper) {
        return new PageResponse<>(page.getContent().stream().<T>map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
