package org.dudao.organization;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dudao.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** How the one error handler maps failures of the unit API: 400 with bilingual field errors, 404, 409, never 500. */
@WebMvcTest(OrganizationController.class)
@WithMockUser
class OrganizationControllerTest {

    @Autowired MockMvc mvc;
    @MockitoBean OrganizationService organization;
    @MockitoBean SchoolImport schoolImport;

    @Test
    void anEmptyBodyGivesEachMissingFieldInChineseAndEnglish() throws Exception {
        mvc.perform(post("/api/units").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detailZh").value("请求数据有误"))
                .andExpect(jsonPath("$.detailEn").value("The request is invalid"))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].messageZh").value("不能为空"))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].messageEn").value("must not be blank"))
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].messageZh").value("必须填写"));
    }

    @Test
    void tooLongAndWronglyShapedValuesAreFieldErrors() throws Exception {
        mvc.perform(post("/api/units").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"a b\",\"name\":\"" + "x".repeat(101) + "\",\"kind\":\"SCHOOL\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].messageEn").value("has the wrong format"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].messageZh").value("长度须在 0 到 100 之间"));
    }

    @Test
    void malformedJsonWrongTypesAndBadDatesAre400() throws Exception {
        mvc.perform(post("/api/units").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"code\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detailEn").value("The request body is missing or not valid JSON"));
        mvc.perform(post("/api/units").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"A\",\"name\":\"n\",\"kind\":\"SCHOOL\",\"studentCount\":\"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("studentCount"));
        mvc.perform(get("/api/units/not-a-number"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void domainFailuresBecome404And409() throws Exception {
        given(organization.unit(anyLong())).willThrow(DomainException.notFound("单位", "unit", 5));
        mvc.perform(get("/api/units/5"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detailZh").value("未找到单位：5"))
                .andExpect(jsonPath("$.detailEn").value("unit not found: 5"));
        given(organization.create(any())).willThrow(DomainException.conflict("code", "单位代码已存在：A", "a unit with this code exists: A"));
        mvc.perform(post("/api/units").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"A\",\"name\":\"n\",\"kind\":\"TOWNSHIP\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].messageEn").value("a unit with this code exists: A"));
    }
}
