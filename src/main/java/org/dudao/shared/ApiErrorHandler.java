package org.dudao.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of a request into an RFC 9457 problem detail with the reason in Chinese
 * ({@code detailZh}) and English ({@code detailEn}) and, for invalid input, one entry per field.
 * User errors are 4xx; anything else is a 500 that shows no internals.
 */
@RestControllerAdvice
class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    private final MessageSource messages;

    ApiErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    /** One invalid field: where, and why in both languages. */
    record FieldProblem(String field, String messageZh, String messageEn) {
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        List<FieldProblem> fields = e.field() == null ? List.of()
                : List.of(new FieldProblem(e.field(), e.reason().zh(), e.reason().en()));
        return problem(e.status(), e.reason(), fields, request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            fields.add(new FieldProblem(error.getField(), text(error, Locale.CHINESE), text(error, Locale.ENGLISH)));
        }
        for (ObjectError error : e.getBindingResult().getGlobalErrors()) {
            fields.add(new FieldProblem(error.getObjectName(), text(error, Locale.CHINESE), text(error, Locale.ENGLISH)));
        }
        return problem(HttpStatus.BAD_REQUEST, INVALID, fields, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> fields.add(
                new FieldProblem(result.getMethodParameter().getParameterName(),
                        text(error, Locale.CHINESE), text(error, Locale.ENGLISH)))));
        return problem(HttpStatus.BAD_REQUEST, INVALID, fields, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldProblem> fields = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage(), v.getMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, INVALID, fields, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return problem(HttpStatus.BAD_REQUEST, INVALID, List.of(new FieldProblem(path(unknown),
                    "未知字段", "unknown field")), request);
        }
        if (cause instanceof InvalidFormatException format) {
            String type = format.getTargetType() == null ? "?" : format.getTargetType().getSimpleName();
            return problem(HttpStatus.BAD_REQUEST, INVALID, List.of(new FieldProblem(path(format),
                    "格式或取值不正确（应为 " + type + "）：" + format.getValue(),
                    "wrong format or value (expected " + type + "): " + format.getValue())), request);
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, INVALID, List.of(new FieldProblem(path(mismatch),
                    "类型不正确", "wrong type")), request);
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, INVALID, List.of(new FieldProblem(path(mapping),
                    "取值不正确", "invalid value")), request);
        }
        return problem(HttpStatus.BAD_REQUEST, Bilingual.of("请求体缺失或不是合法的 JSON", "The request body is missing or not valid JSON"),
                List.of(), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, INVALID, List.of(new FieldProblem(e.getParameterName(),
                "必须填写", "is required")), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String type = e.getRequiredType() == null ? "?" : e.getRequiredType().getSimpleName();
        return problem(HttpStatus.BAD_REQUEST, INVALID, List.of(new FieldProblem(e.getName(),
                "格式或取值不正确（应为 " + type + "）：" + e.getValue(),
                "wrong format or value (expected " + type + "): " + e.getValue())), request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("Refused a write that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, Bilingual.of("与已有数据冲突（重复或被引用）",
                "Conflicts with stored data (duplicate or still referenced)"), List.of(), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, Bilingual.of("数据已被他人修改，请刷新后重试",
                "Someone else changed this meanwhile; reload and try again"), List.of(), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, Bilingual.of("上传文件过大", "The upload is too large"),
                List.of(), request);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, Bilingual.of("上传请求不完整或格式不正确",
                "The upload request is incomplete or malformed"), List.of(), request);
    }

    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
            NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> protocol(ErrorResponse e, HttpServletRequest request) {
        HttpStatusCode status = e.getStatusCode();
        Bilingual reason = switch (status.value()) {
            case 404 -> Bilingual.of("没有这个地址", "No such resource");
            case 405 -> Bilingual.of("不支持该请求方法", "Method not allowed");
            case 415 -> Bilingual.of("不支持该内容类型，请用 application/json", "Unsupported content type; use application/json");
            default -> Bilingual.of("请求有误", "Bad request");
        };
        return problem(status, reason, List.of(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, Bilingual.of("服务器内部错误，已记录日志",
                "Internal error; it has been logged"), List.of(), request);
    }

    private static final Bilingual INVALID = Bilingual.of("请求数据有误", "The request is invalid");

    private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, Bilingual reason, List<FieldProblem> fields,
                                                  HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, reason.toString());
        body.setProperty("detailZh", reason.zh());
        body.setProperty("detailEn", reason.en());
        body.setProperty("path", request.getRequestURI());
        if (!fields.isEmpty()) {
            body.setProperty("errors", fields);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private String text(MessageSourceResolvable error, Locale locale) {
        try {
            return messages.getMessage(error, locale);
        } catch (NoSuchMessageException e) {
            return error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage();
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
